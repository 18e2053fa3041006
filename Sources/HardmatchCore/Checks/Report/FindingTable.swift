/// Findings as text for a person at a terminal: grouped by user, one line per finding,
/// with what is wrong and the suggested fix under it.
public enum FindingTable {
    public static func render(_ report: CheckReport) -> String {
        var text = ""
        var currentDN: String?
        let ruleWidth = min(report.findings.map(\.rule.count).max() ?? 0, 32)
        let attributeWidth = report.findings.map(\.attribute.count).max() ?? 0
        for finding in report.findings {
            if finding.dn != currentDN {
                if currentDN != nil { text += "\n" }
                text += finding.dn + "\n"
                currentDN = finding.dn
            }
            text += "  " + pad(finding.severity.rawValue, 8) + pad(finding.rule, ruleWidth + 2)
                + pad(finding.attribute, attributeWidth + 2) + quoted(finding.value) + "\n"
            text += "      " + finding.detail + "\n"
            if let fix = finding.fix { text += "      fix: " + quoted(fix) + "\n" }
        }
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Quoted with control characters escaped, so a stray tab or line break is visible;
    /// never cut short, since the table is the report itself.
    private static func quoted(_ value: String) -> String {
        QuotedText.quote(value, limit: .max)
    }
}
