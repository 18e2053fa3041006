/// `verify`'s report as JSON, NDJSON, CSV and a terminal table, the way `PlanFormat` writes
/// the plan (SPEC §7a).
///
/// JSON: `{"summary": {status: count}, "entries": [{"status", "detail", "onPrem", "cloud",
/// "anchorHolder", "errors"}]}`, one entry a line, every status in the summary.
public enum VerifyFormat {
    // MARK: - JSON

    public static func json(_ report: VerifyReport) -> [UInt8] {
        var json = JSONText()
        json.raw("{\"summary\":")
        writeSummary(report, to: &json)
        json.raw(",\n\"entries\":[")
        for (index, result) in report.results.enumerated() {
            json.raw(index == 0 ? "\n" : ",\n")
            writeEntry(result, to: &json)
        }
        json.raw(report.results.isEmpty ? "]}\n" : "\n]}\n")
        return json.bytes
    }

    /// One entry a line, no summary: for tools that read the results as they come.
    public static func ndjson(_ report: VerifyReport) -> [UInt8] {
        var bytes: [UInt8] = []
        var json = JSONText()
        for result in report.results {
            json.removeAll()
            writeEntry(result, to: &json)
            bytes += json.bytes
            bytes.append(0x0a)
        }
        return bytes
    }

    public static func writeSummary(_ report: VerifyReport, to json: inout JSONText) {
        json.beginObject()
        for (status, count) in report.summary { json.field(status.rawValue, count) }
        json.endObject()
    }

    public static func writeEntry(_ result: VerifyResult, to json: inout JSONText) {
        json.beginObject()
        json.field("status", result.status.rawValue)
        json.field("detail", result.detail)
        json.key("onPrem")
        if let onPrem = result.onPrem {
            json.beginObject()
            json.field("dn", onPrem.dn)
            json.field("userPrincipalName", onPrem.userPrincipalName)
            json.field("sAMAccountName", onPrem.sAMAccountName)
            json.field("sourceAnchor", onPrem.sourceAnchor)
            json.endObject()
        } else {
            json.null()
        }
        json.key("cloud")
        writeCloud(result.cloud, to: &json)
        json.key("anchorHolder")
        writeCloud(result.anchorHolder, to: &json)
        json.key("errors")
        json.beginArray()
        for error in result.errors {
            json.beginObject()
            json.field("category", error.category)
            json.field("propertyCausingError", error.propertyCausingError)
            json.field("value", error.value)
            json.field("occurredDateTime", error.occurredDateTime)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func writeCloud(_ cloud: CloudSnapshot?, to json: inout JSONText) {
        guard let cloud else { return json.null() }
        json.beginObject()
        json.field("id", cloud.id)
        json.field("userPrincipalName", cloud.userPrincipalName)
        json.field("exists", cloud.exists)
        json.field("onPremisesImmutableId", cloud.onPremisesImmutableId)
        json.field("onPremisesSyncEnabled", cloud.onPremisesSyncEnabled)
        json.endObject()
    }

    // MARK: - CSV

    public static let csvColumns = [
        "status", "onPremDn", "onPremUserPrincipalName", "onPremSAMAccountName", "onPremSourceAnchor",
        "cloudId", "cloudUserPrincipalName", "cloudOnPremisesImmutableId", "cloudOnPremisesSyncEnabled",
        "anchorHolderId", "anchorHolderUserPrincipalName", "errors", "detail",
    ]

    /// A header row, then one row per entry; errors as `category property value`, `; ` between.
    public static func csv(_ report: VerifyReport, formulas: CSVText.Formulas = .neutralised) -> [UInt8] {
        var csv = CSVText(formulas: formulas)
        csv.row(csvColumns)
        for result in report.results {
            csv.row([
                result.status.rawValue, result.onPrem?.dn, result.onPrem?.userPrincipalName, result.onPrem?.sAMAccountName, result.onPrem?.sourceAnchor,
                result.cloud?.id, result.cloud?.userPrincipalName, result.cloud?.onPremisesImmutableId,
                result.cloud?.onPremisesSyncEnabled.map { $0 ? "true" : "false" },
                result.anchorHolder?.id, result.anchorHolder?.userPrincipalName,
                result.errors.isEmpty ? nil : result.errors.map(\.summary).joined(separator: "; "),
                result.detail,
            ])
        }
        return csv.bytes
    }

    // MARK: - Table

    /// Status, on-premises user and cloud user a line, the detail under it, the counts last.
    /// Values from the directory and the cloud go through `TerminalText`.
    public static func table(_ report: VerifyReport) -> String {
        var text = row(["STATUS", "ON-PREMISES", "CLOUD"])
        for result in report.results {
            let onPrem = result.onPrem.map { TerminalText.escaped($0.name) } ?? "-"
            let cloud = result.cloud.map { TerminalText.escaped($0.userPrincipalName ?? $0.id) } ?? result.anchorHolder.map { TerminalText.escaped($0.userPrincipalName ?? $0.id) } ?? "-"
            text += row([result.status.rawValue, onPrem, cloud])
            text += "    " + TerminalText.escaped(result.detail) + "\n"
        }
        return text + "\n" + report.summaryLine + "\n"
    }

    private static let widths = [13, 30]

    private static func row(_ fields: [String]) -> String {
        TableRow.line(fields, widths: widths)
    }
}
