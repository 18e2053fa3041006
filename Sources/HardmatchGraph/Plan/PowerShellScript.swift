/// A Microsoft Graph PowerShell script that makes a plan's writes, for administrators who run
/// changes themselves.
///
/// Values go in single-quoted strings, where PowerShell expands nothing and only a quote is
/// special; PowerShell also takes the typographic quotes U+2018 to U+201B as quotes, so those
/// are doubled too. A value with a control character is refused rather than guessed at. DNs go
/// in `#` comments, which a line break would end: every control character there is shown as
/// `\u{..}` instead.
public enum PowerShellScript {
    public enum ScriptError: Error, Sendable, Equatable, CustomStringConvertible {
        case controlCharacter(entry: Int, field: String)

        public var description: String {
            switch self {
            case .controlCharacter(let entry, let field):
                return "setImmutableId entry \(entry): \(field) holds a control character; it cannot be put in a script safely"
            }
        }
    }

    public static func make(_ writes: [PlannedWrite], planName: String) throws(ScriptError) -> String {
        var lines = [
            "# Written by hardmatch script from \(comment(planName)): sets onPremisesImmutableId on \(writes.count) cloud users.",
            "# Review it before running it. Needs the Microsoft Graph PowerShell SDK (Install-Module Microsoft.Graph.Users).",
            "$ErrorActionPreference = 'Stop'",
            "Connect-MgGraph -Scopes User.ReadWrite.All",
        ]
        for (index, write) in writes.enumerated() {
            let id = try quoted(write.cloudID, entry: index + 1, field: "cloud.id")
            let anchor = try quoted(write.immutableID, entry: index + 1, field: "immutableId")
            lines.append("")
            lines.append("# \(comment(write.onPremDN ?? "(no on-premises DN in the plan)")) -> \(comment(write.cloudUserPrincipalName ?? write.cloudID))")
            lines.append("Update-MgUser -UserId \(id) -OnPremisesImmutableId \(anchor)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` as a PowerShell single-quoted string literal.
    static func quoted(_ value: String, entry: Int, field: String) throws(ScriptError) -> String {
        var result = "'"
        for scalar in value.unicodeScalars {
            if isControl(scalar) { throw .controlCharacter(entry: entry, field: field) }
            if singleQuotes.contains(scalar) { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(scalar)
        }
        return result + "'"
    }

    /// Text for a `#` comment: nothing in it can end the line.
    static func comment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let singleQuotes: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7f..<0xa0).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
