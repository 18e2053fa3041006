import HardmatchCore

/// A Microsoft Graph PowerShell script that makes a plan's writes, for administrators who run
/// changes themselves.
///
/// Values go in single-quoted strings, where PowerShell expands nothing and only a quote is
/// special; PowerShell also takes the typographic quotes U+2018 to U+201B as quotes, so those
/// are doubled too. A value with a control character or a bidirectional control is refused
/// rather than guessed at: the one would end or hide a line, the other show the line in
/// another order than PowerShell reads it (CVE-2021-42574, "Trojan Source"). DNs and UPNs
/// go in `#` comments, where those characters are shown as `\u{..}` instead, as on a terminal.
public enum PowerShellScript {
    public enum ScriptError: Error, Sendable, Equatable, CustomStringConvertible {
        case controlCharacter(entry: Int, field: String)

        public var description: String {
            switch self {
            case .controlCharacter(let entry, let field):
                return "setImmutableId entry \(entry): \(field) holds a control character or a bidirectional control; it cannot be put in a script safely"
            }
        }
    }

    public static func make(_ writes: [PlannedWrite], planName: String) throws(ScriptError) -> String {
        var lines = [
            "# Written by hardmatch script from \(comment(planName)): sets onPremisesImmutableId on \(writes.count) cloud users.",
            "# Review it before running it. Needs the Microsoft Graph PowerShell SDK (Install-Module Microsoft.Graph.Users).",
            "$ErrorActionPreference = 'Stop'",
            "Connect-MgGraph -Scopes User.ReadWrite.All",
        ] + guardFunction
        for (index, write) in writes.enumerated() {
            let id = try quoted(write.cloudID, entry: index + 1, field: "cloud.id")
            let anchor = try quoted(write.immutableID, entry: index + 1, field: "immutableId")
            var planned = ["OnPremisesImmutableId = \(try literal(write.plannedImmutableID, entry: index + 1, field: "cloud.onPremisesImmutableId"))"]
            if case .value(let value) = write.plannedSyncEnabled { planned.append("OnPremisesSyncEnabled = \(value.map { $0 ? "$true" : "$false" } ?? "$null")") }
            for (name, field, expected) in [("UserType", "userType", write.plannedUserType), ("UserPrincipalName", "userPrincipalName", write.plannedUserPrincipalName), ("Mail", "mail", write.plannedMail)] {
                if case .value(let value) = expected { planned.append("\(name) = \(try literal(value, entry: index + 1, field: "cloud.\(field)"))") }
            }
            lines.append("")
            lines.append("# \(comment(write.onPremDN ?? "(no on-premises DN in the plan)")) -> \(comment(write.cloudUserPrincipalName ?? write.cloudID))")
            lines.append("if (Test-AsPlanned \(id) @{ \(planned.joined(separator: "; ")) }) {")
            lines.append("    Update-MgUser -UserId \(id) -OnPremisesImmutableId \(anchor)")
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the user first and says why it is skipped when its state differs from the plan,
    /// as `apply` does (SPEC §6): compared exactly, `null` and `""` alike.
    static let guardFunction = [
        "",
        "function Test-AsPlanned([string]$UserId, [hashtable]$Planned) {",
        "    $user = Get-MgUser -UserId $UserId -Property (@('Id') + $Planned.Keys) -ErrorAction SilentlyContinue",
        "    if (-not $user) { Write-Warning \"skipped ${UserId}: the cloud user no longer exists\"; return $false }",
        "    foreach ($name in $Planned.Keys) {",
        "        if (\"$($user.$name)\" -cne \"$($Planned[$name])\") {",
        "            Write-Warning \"skipped ${UserId}: $name is '$($user.$name)' now, not '$($Planned[$name])' as when the plan was made; make a new plan\"",
        "            return $false",
        "        }",
        "    }",
        "    return $true",
        "}",
    ]

    /// A planned value: `$null`, or a single-quoted literal.
    static func literal(_ value: String?, entry: Int, field: String) throws(ScriptError) -> String {
        guard let value else { return "$null" }
        return try quoted(value, entry: entry, field: field)
    }

    /// `value` as a PowerShell single-quoted string literal.
    static func quoted(_ value: String, entry: Int, field: String) throws(ScriptError) -> String {
        var result = "'"
        for scalar in value.unicodeScalars {
            if TerminalText.needsEscape(scalar) { throw .controlCharacter(entry: entry, field: field) }
            if singleQuotes.contains(scalar) { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(scalar)
        }
        return result + "'"
    }

    /// Text for a `#` comment: nothing in it can end the line or reorder it.
    static func comment(_ text: String) -> String {
        TerminalText.escaped(text)
    }

    private static let singleQuotes: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]
}
