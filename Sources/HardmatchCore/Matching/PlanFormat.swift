/// The plan as JSON (SPEC §5, `docs/plan-format.md`), CSV and a terminal table.
///
/// Every writer hands its text to `emit` in chunks of about `chunkSize` bytes, so that a
/// plan of a million entries is never held twice in memory as text.
public enum PlanFormat {
    public static let chunkSize = 1 << 20

    // MARK: - JSON

    /// `{"summary": {...}, "entries": [...]}`, one entry a line, keys in the documented order.
    public static func writeJSON(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        var json = JSONText()
        json.raw("{\"summary\":")
        writeSummary(plan.summary, to: &json)
        json.raw(",\n\"entries\":[")
        for (index, entry) in plan.entries.enumerated() {
            json.raw(index == 0 ? "\n" : ",\n")
            writeEntry(entry, to: &json)
            if json.bytes.count >= chunkSize {
                try emit(json.bytes)
                json.removeAll()
            }
        }
        json.raw(plan.entries.isEmpty ? "]}\n" : "\n]}\n")
        try emit(json.bytes)
    }

    /// The whole JSON document in one buffer (tests, small plans).
    public static func json(_ plan: MatchPlan) -> [UInt8] {
        var bytes: [UInt8] = []
        writeJSON(plan) { bytes += $0 }
        return bytes
    }

    public static func writeSummary(_ summary: PlanSummary, to json: inout JSONText) {
        json.beginObject()
        for outcome in MatchOutcome.allCases { json.field(outcome.rawValue, summary[outcome]) }
        json.endObject()
    }

    public static func writeEntry(_ entry: PlanEntry, to json: inout JSONText) {
        json.beginObject()
        json.field("outcome", entry.outcome.rawValue)
        json.field("via", entry.via?.rawValue)
        json.field("reason", entry.reason?.rawValue)
        json.field("immutableId", entry.immutableId?.string)
        json.key("onPrem")
        if let user = entry.onPrem {
            json.beginObject()
            json.field("dn", user.dn)
            json.field("objectGUID", user.objectGUID.string)
            json.field("userPrincipalName", user.userPrincipalName)
            json.field("sAMAccountName", user.sAMAccountName)
            json.field("sourceAnchor", user.sourceAnchor.string)
            json.field("primarySmtp", user.primarySmtp)
            json.endObject()
        } else {
            json.null()
        }
        json.key("cloud")
        if let user = entry.cloud {
            json.beginObject()
            json.field("id", user.id)
            json.field("userPrincipalName", user.userPrincipalName)
            json.field("mail", user.mail)
            json.field("onPremisesImmutableId", user.onPremisesImmutableId)
            json.field("onPremisesSyncEnabled", user.onPremisesSyncEnabled)
            json.field("userType", user.userType)
            json.endObject()
        } else {
            json.null()
        }
        json.key("detail")
        if let detail = entry.detail {
            writeDetail(detail, to: &json)
        } else {
            json.null()
        }
        json.endObject()
    }

    /// `message` always; the other keys only when the reason sets them.
    private static func writeDetail(_ detail: ConflictDetail, to json: inout JSONText) {
        json.beginObject()
        json.field("message", detail.message)
        if detail.cloudAnchorExistsOnPrem != nil {
            json.field("cloudAnchorGuid", detail.cloudAnchorGUID?.string)
            json.field("cloudAnchorExistsOnPrem", detail.cloudAnchorExistsOnPrem)
            json.field("cloudAnchorOnPremDn", detail.cloudAnchorOnPremDn)
        }
        if !detail.candidates.isEmpty { json.field("candidates", detail.candidates) }
        if !detail.competitors.isEmpty { json.field("competitors", detail.competitors) }
        if let attribute = detail.attribute {
            json.field("attribute", attribute)
            json.field("value", detail.value)
        }
        json.endObject()
    }

    // MARK: - CSV

    public static let csvColumns = [
        "outcome", "via", "reason", "immutableId",
        "onPremDn", "onPremObjectGUID", "onPremUserPrincipalName", "onPremSAMAccountName", "onPremSourceAnchor", "onPremPrimarySmtp",
        "cloudId", "cloudUserPrincipalName", "cloudMail", "cloudOnPremisesImmutableId", "cloudOnPremisesSyncEnabled", "cloudUserType",
        "detail",
    ]

    /// A header row, then one row per entry; the detail is its message.
    public static func writeCSV(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        var csv = CSVText()
        csv.row(csvColumns)
        for entry in plan.entries {
            let onPrem = entry.onPrem
            let cloud = entry.cloud
            csv.row([
                entry.outcome.rawValue, entry.via?.rawValue, entry.reason?.rawValue, entry.immutableId?.string,
                onPrem?.dn, onPrem?.objectGUID.string, onPrem?.userPrincipalName, onPrem?.sAMAccountName, onPrem?.sourceAnchor.string, onPrem?.primarySmtp,
                cloud?.id, cloud?.userPrincipalName, cloud?.mail, cloud?.onPremisesImmutableId,
                cloud?.onPremisesSyncEnabled.map { $0 ? "true" : "false" }, cloud?.userType,
                entry.detail?.message,
            ])
            if csv.bytes.count >= chunkSize {
                try emit(csv.bytes)
                csv.removeAll()
            }
        }
        try emit(csv.bytes)
    }

    // MARK: - Table

    /// Aligned columns for a terminal, a conflict's message on the line below, the counts last.
    public static func writeTable(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        var text = tableRow(["OUTCOME", "VIA / REASON", "ON-PREMISES", "CLOUD", "IMMUTABLEID"])
        for entry in plan.entries {
            let onPrem = entry.onPrem.map { $0.sAMAccountName ?? $0.userPrincipalName ?? $0.dn } ?? "-"
            let cloud = entry.cloud.map { $0.userPrincipalName ?? $0.id } ?? "-"
            let rule = entry.reason?.rawValue ?? entry.via?.rawValue ?? "-"
            text += tableRow([entry.outcome.rawValue, rule, onPrem, cloud, entry.immutableId?.string ?? "-"])
            if let message = entry.detail?.message { text += "    " + message + "\n" }
            if text.utf8.count >= chunkSize {
                try emit(Array(text.utf8))
                text = ""
            }
        }
        text += "\n" + plan.summary.line + "\n"
        try emit(Array(text.utf8))
    }

    private static let widths = [15, 18, 26, 36]

    private static func tableRow(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            guard index < widths.count else {
                line += field
                continue
            }
            let width = widths[index]
            let shown = field.count > width ? String(field.prefix(width - 1)) + "…" : field
            line += shown + String(repeating: " ", count: width - shown.count + 1)
        }
        return line + "\n"
    }
}
