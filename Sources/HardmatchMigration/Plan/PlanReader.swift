import Foundation
import HardmatchCore
import HardmatchGraph

/// Reads the `setImmutableId` entries of a plan (SPEC §5), checking everything a write needs.
///
/// Tolerant of what it does not use (key order, extra keys, other outcomes, `onPrem`
/// fields) and strict about what it does: the cloud user's id, the anchor in canonical form,
/// and the cloud state the plan saw, which each write is checked against before it is made.
///
/// Part of `HardmatchMigration`, the migration steps over the Graph client (plan files, the
/// journal, apply/undo writes, verify reads, scripts): what a step decides stays out of
/// `HardmatchGraph`, which only talks to Graph.
public enum PlanReader {
    /// The largest plan read: a million entries is a few hundred megabytes.
    static let maxBytes = 1 << 30

    public static func read(path: String) throws(PlanError) -> [PlannedWrite] {
        try readFile(path: path).writes
    }

    /// The writes and what the plan says it could not check.
    public static func readFile(path: String) throws(PlanError) -> PlanFile {
        try parseFile(data(path: path), path: path)
    }

    /// The bytes of a plan file, at most `maxBytes` of them.
    static func data(path: String) throws(PlanError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        guard data.count <= maxBytes else { throw .unreadable(path: path, reason: "larger than 1 GiB") }
        return data
    }

    public static func parse(_ data: Data, path: String) throws(PlanError) -> [PlannedWrite] {
        try parseFile(data, path: path).writes
    }

    public static func parseFile(_ data: Data, path: String) throws(PlanError) -> PlanFile {
        guard let document = JSONValue.parse(data) else { throw .notJSON(path: path) }
        guard case .object = document else { throw .notAPlan(path: path, reason: "the document is \(document.typeName), not an object with \"entries\"") }
        guard let entries = document["entries"]?.array else {
            throw .notAPlan(path: path, reason: "there is no \"entries\" array")
        }
        var writes: [PlannedWrite] = []
        var entriesByCloudID: [String: [Int]] = [:]
        var entriesByAnchor: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            let number = index + 1
            guard case .object = entry else {
                throw .invalidEntry(path: path, entry: number, reason: "is \(entry.typeName), not an object")
            }
            guard let outcome = entry["outcome"]?.string else {
                throw .invalidEntry(path: path, entry: number, reason: "has no \"outcome\" string")
            }
            guard outcome == "setImmutableId" else { continue }
            let write = try plannedWrite(entry, number: number, path: path)
            writes.append(write)
            entriesByCloudID[write.cloudID, default: []].append(number)
            entriesByAnchor[write.immutableID, default: []].append(number)
        }
        if let (id, numbers) = entriesByCloudID.filter({ $0.value.count > 1 }).min(by: { $0.value[0] < $1.value[0] }) {
            throw .duplicate(path: path, what: "to cloud user", value: id, entries: numbers)
        }
        if let (anchor, numbers) = entriesByAnchor.filter({ $0.value.count > 1 }).min(by: { $0.value[0] < $1.value[0] }) {
            throw .duplicate(path: path, what: "the ImmutableId", value: anchor, entries: numbers)
        }
        let unknown = document["tenant"]?["unknown"]?.array?.compactMap(\.string) ?? []
        return PlanFile(writes: writes, unknown: unknown)
    }

    // MARK: - One entry

    private static func plannedWrite(_ entry: JSONValue, number: Int, path: String) throws(PlanError) -> PlannedWrite {
        func invalid(_ reason: String) -> PlanError { .invalidEntry(path: path, entry: number, reason: reason) }

        guard let anchor = entry["immutableId"]?.string else {
            throw invalid("a setImmutableId entry needs an \"immutableId\" string")
        }
        do {
            _ = try ImmutableID(string: anchor)
        } catch {
            throw invalid("immutableId: \(error)")
        }
        guard let cloud = entry["cloud"], case .object = cloud else {
            throw invalid("a setImmutableId entry needs a \"cloud\" object")
        }
        guard let id = cloud["id"]?.string, !id.isEmpty else {
            throw invalid("cloud.id is missing or not a string: the cloud user to write cannot be named")
        }
        guard let planned = cloud["onPremisesImmutableId"] else {
            throw invalid("cloud.onPremisesImmutableId is missing: without it the cloud user's state cannot be checked before the write")
        }
        guard planned.isNull || planned.string != nil else {
            throw invalid("cloud.onPremisesImmutableId is \(planned.typeName), not a string or null")
        }
        return PlannedWrite(
            cloudID: id,
            cloudUserPrincipalName: cloud["userPrincipalName"]?.string,
            onPremDN: entry["onPrem"]?["dn"]?.string,
            immutableID: anchor,
            plannedImmutableID: planned.string,
            plannedSyncEnabled: try expected(cloud["onPremisesSyncEnabled"], \.bool, "cloud.onPremisesSyncEnabled", "a boolean", invalid),
            plannedUserType: try expected(cloud["userType"], \.string, "cloud.userType", "a string", invalid),
            plannedUserPrincipalName: try expected(cloud["userPrincipalName"], \.string, "cloud.userPrincipalName", "a string", invalid),
            plannedMail: try expected(cloud["mail"], \.string, "cloud.mail", "a string", invalid),
            plannedObjectIdentifier: try expected(cloud["onPremisesObjectIdentifier"], \.string, "cloud.onPremisesObjectIdentifier", "a string", invalid),
            plannedCloudManaged: try cloudManaged(cloud["onPremisesSyncBehavior"], invalid)
        )
    }

    /// `onPremisesSyncBehavior`: an object with `isCloudManaged`, or null.
    private static func cloudManaged(_ value: JSONValue?, _ invalid: (String) -> PlanError) throws(PlanError) -> Expected<Bool?> {
        guard let value else { return .notRecorded }
        if value.isNull { return .value(nil) }
        guard case .object = value else { throw invalid("cloud.onPremisesSyncBehavior is \(value.typeName), not an object or null") }
        return try expected(value["isCloudManaged"] ?? .null, \.bool, "cloud.onPremisesSyncBehavior.isCloudManaged", "a boolean", invalid)
    }

    private static func expected<Value>(
        _ value: JSONValue?, _ read: (JSONValue) -> Value?, _ name: String, _ kind: String, _ invalid: (String) -> PlanError
    ) throws(PlanError) -> Expected<Value?> {
        guard let value else { return .notRecorded }
        if value.isNull { return .value(nil) }
        guard let read = read(value) else { throw invalid("\(name) is \(value.typeName), not \(kind) or null") }
        return .value(read)
    }
}
