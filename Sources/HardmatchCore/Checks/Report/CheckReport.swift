/// What `check` found, in the report order, with the counts of its one-line summary.
public struct CheckReport: Sendable, Equatable {
    public var findings: [Finding]
    public var usersChecked: Int
    /// Users the sync never takes (`SyncScope`), not checked; the JSON key keeps its first name.
    public var systemObjectsSkipped: Int

    public init(findings: [Finding], usersChecked: Int, systemObjectsSkipped: Int) {
        self.findings = findings
        self.usersChecked = usersChecked
        self.systemObjectsSkipped = systemObjectsSkipped
    }

    public var errors: Int { findings.count { $0.severity == .error } }
    public var warnings: Int { findings.count { $0.severity == .warning } }

    /// SPEC §7: exit status 3 when there is an error-level finding.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// `3 errors, 1 warning in 40 users checked (2 users out of the sync's scope left out; ...)`.
    public var summary: String {
        var text = "\(Self.plural(errors, "error")), \(Self.plural(warnings, "warning")) in \(Self.plural(usersChecked, "user")) checked"
        if systemObjectsSkipped > 0 {
            text += " (\(Self.plural(systemObjectsSkipped, "user")) out of the sync's scope left out; --include-system checks them)"
        }
        return text
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
