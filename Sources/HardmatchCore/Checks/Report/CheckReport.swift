/// What `check` found, in the report order, with the counts of its one-line summary.
public struct CheckReport: Sendable, Equatable {
    public var findings: [Finding]
    public var usersChecked: Int
    /// Users the sync never takes (`SyncScope`), not checked; the JSON key keeps its first name.
    public var systemObjectsSkipped: Int
    /// Entries read again after the first time (the same DN twice), not checked again.
    public var repeatedEntries: Int
    /// Entries of the source that are not users (groups, contacts, computers in an export),
    /// left out before the checks; the command that read the source sets it.
    public var notUsers: Int

    public init(findings: [Finding], usersChecked: Int, systemObjectsSkipped: Int, repeatedEntries: Int = 0, notUsers: Int = 0) {
        self.findings = findings
        self.usersChecked = usersChecked
        self.systemObjectsSkipped = systemObjectsSkipped
        self.repeatedEntries = repeatedEntries
        self.notUsers = notUsers
    }

    public var errors: Int { findings.count { $0.severity == .error } }
    public var warnings: Int { findings.count { $0.severity == .warning } }

    /// SPEC §7: exit status 3 when there is an error-level finding.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Every entry that reached `check` or was left out before it.
    public var entries: Int { usersChecked + systemObjectsSkipped + repeatedEntries + notUsers }

    /// `3 errors, 1 warning in 40 users checked (45 entries: 4 not users; 1 user out of the
    /// sync's scope left out; --include-system checks them)`: every entry read is accounted for.
    public var summary: String {
        var text = "\(Self.plural(errors, "error")), \(Self.plural(warnings, "warning")) in \(Self.plural(usersChecked, "user")) checked"
        var notes: [String] = []
        if notUsers > 0 || repeatedEntries > 0 {
            var parts: [String] = []
            if notUsers > 0 { parts.append("\(notUsers) not user\(notUsers == 1 ? "" : "s")") }
            if repeatedEntries > 0 { parts.append("\(Self.plural(repeatedEntries, "repeat")) of an entry already read") }
            notes.append("\(Self.plural(entries, "entry", "entries")): " + parts.joined(separator: ", "))
        }
        if systemObjectsSkipped > 0 {
            notes.append("\(Self.plural(systemObjectsSkipped, "user")) out of the sync's scope left out; --include-system checks them")
        }
        if !notes.isEmpty { text += " (" + notes.joined(separator: "; ") + ")" }
        return text
    }

    private static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
