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
                text += TerminalText.escaped(finding.dn) + "\n"
                currentDN = finding.dn
            }
            // A count is not a value of the attribute: not quoted as if it were an address.
            let value = finding.rule == ProxyAddressRule.ID.count.rawValue ? "(\(finding.value) values)" : quoted(finding.value)
            text += "  " + pad(finding.severity.rawValue, 8) + pad(finding.rule, ruleWidth + 2)
                + pad(finding.attribute, attributeWidth + 2) + value + "\n"
            text += "      " + TerminalText.escaped(finding.detail) + "\n"
            if let fix = finding.fix { text += "      fix: " + quoted(fix) + "\n" }
        }
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Quoted with every invisible character escaped (`\u{200b}`, `\t`), so a stray tab,
    /// line break or zero-width space is visible; never cut short, since the table is the
    /// report itself.
    static func quoted(_ value: String) -> String {
        var shown = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            case " ": shown += " "
            default:
                if CharacterName.isInvisible(scalar) {
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown + "\""
    }
}
