import Foundation
import HardmatchCore
import HardmatchGraph

/// Reads every entry of a plan (SPEC §5) for `verify`: outcome, on-premises user and anchor,
/// and the cloud user with the state the plan saw.
///
/// A file that is not a plan, or an entry without what its outcome needs, is a `PlanError`
/// naming the entry: `verify` never guesses what was predicted.
public enum VerifyPlanReader {
    public static func read(path: String) throws(PlanError) -> [PlannedEntry] {
        try parse(PlanReader.data(path: path), path: path)
    }

    public static func parse(_ data: Data, path: String) throws(PlanError) -> [PlannedEntry] {
        guard let document = JSONValue.parse(data) else { throw .notJSON(path: path) }
        guard case .object = document else { throw .notAPlan(path: path, reason: "the document is \(document.typeName), not an object with \"entries\"") }
        guard let entries = document["entries"]?.array else {
            throw .notAPlan(path: path, reason: "there is no \"entries\" array")
        }
        var result: [PlannedEntry] = []
        result.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            result.append(try plannedEntry(entry, number: index + 1, path: path))
        }
        return result
    }

    // MARK: - One entry

    private static func plannedEntry(_ entry: JSONValue, number: Int, path: String) throws(PlanError) -> PlannedEntry {
        func invalid(_ reason: String) -> PlanError { .invalidEntry(path: path, entry: number, reason: reason) }

        guard case .object = entry else { throw invalid("is \(entry.typeName), not an object") }
        guard let name = entry["outcome"]?.string else { throw invalid("has no \"outcome\" string") }
        guard let outcome = MatchOutcome(rawValue: name) else {
            throw invalid("outcome \(QuotedText.quote(name)) is none of \(MatchOutcome.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let onPrem = try side(entry["onPrem"], "onPrem", invalid).map { object in
            PlannedOnPrem(
                dn: object["dn"]?.string, userPrincipalName: object["userPrincipalName"]?.string,
                sAMAccountName: object["sAMAccountName"]?.string,
                sourceAnchor: object["sourceAnchor"]?.string ?? entry["immutableId"]?.string
            )
        }
        let cloud = try side(entry["cloud"], "cloud", invalid)
        var planned: PlannedCloud?
        if let cloud {
            guard let id = cloud["id"]?.string, !id.isEmpty else { throw invalid("cloud.id is missing or not a string") }
            planned = PlannedCloud(
                id: id, userPrincipalName: cloud["userPrincipalName"]?.string,
                onPremisesImmutableId: cloud["onPremisesImmutableId"]?.string, onPremisesSyncEnabled: cloud["onPremisesSyncEnabled"]?.bool
            )
        }
        switch outcome {
        case .anchored, .softMatch, .setImmutableId:
            guard planned != nil else { throw invalid("a \(name) entry needs a \"cloud\" object") }
            guard onPrem?.sourceAnchor != nil else { throw invalid("a \(name) entry needs onPrem.sourceAnchor") }
        case .onPremOnly, .outOfScope:
            guard onPrem?.sourceAnchor != nil else { throw invalid("a \(name) entry needs onPrem.sourceAnchor") }
        case .cloudOnly:
            guard planned != nil else { throw invalid("a cloudOnly entry needs a \"cloud\" object") }
        case .conflict:
            break
        }
        return PlannedEntry(outcome: outcome, reason: entry["reason"]?.string, onPrem: onPrem, cloud: planned)
    }

    /// `onPrem` or `cloud`: an object, or absent / null.
    private static func side(_ value: JSONValue?, _ name: String, _ invalid: (String) -> PlanError) throws(PlanError) -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        guard case .object = value else { throw invalid("\(name) is \(value.typeName), not an object or null") }
        return value
    }
}
