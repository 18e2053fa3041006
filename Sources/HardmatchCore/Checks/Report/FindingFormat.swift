/// The record formats of SPEC §7 for findings, and the JSON document of a whole report.
public enum FindingFormat {
    /// CSV columns and JSON keys, in order: SPEC §7's six, then the explanation.
    public static let columns = ["dn", "attribute", "value", "rule", "severity", "fix", "detail"]

    public static func writeJSON(_ finding: Finding, to json: inout JSONText) {
        json.beginObject()
        json.field("dn", finding.dn)
        json.field("attribute", finding.attribute)
        json.field("value", finding.value)
        json.field("rule", finding.rule)
        json.field("severity", finding.severity.rawValue)
        json.field("fix", finding.fix)
        json.field("detail", finding.detail)
        json.endObject()
    }

    public static func csvFields(_ finding: Finding) -> [String?] {
        [finding.dn, finding.attribute, finding.value, finding.rule, finding.severity.rawValue, finding.fix, finding.detail]
    }

    /// `{"summary": {...}, "findings": [...]}`, one finding a line, the same bytes for the same report.
    public static func writeDocument(_ report: CheckReport, to json: inout JSONText) {
        json.raw("{\"summary\":")
        json.beginObject()
        json.field("users", report.usersChecked)
        json.field("systemObjectsSkipped", report.systemObjectsSkipped)
        json.field("notUsers", report.notUsers)
        json.field("repeatedEntries", report.repeatedEntries)
        json.field("errors", report.errors)
        json.field("warnings", report.warnings)
        json.endObject()
        json.raw(",\"findings\":[")
        for (index, finding) in report.findings.enumerated() {
            json.raw(index == 0 ? "\n" : ",\n")
            writeJSON(finding, to: &json)
        }
        json.raw(report.findings.isEmpty ? "]}\n" : "\n]}\n")
    }
}
