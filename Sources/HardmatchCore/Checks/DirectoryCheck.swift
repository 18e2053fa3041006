/// Runs every check over a stream of users (SPEC §7): the per-user rules as each user
/// arrives, the duplicate rule across all of them, and the report in a fixed order.
///
/// Memory grows with the number of distinct unique-namespace values (the duplicate map) and
/// findings, never with users × users.
public struct DirectoryCheck: Sendable {
    public let options: CheckOptions
    private let rules: [any UserRule]
    private var duplicates = DuplicateValueRule()
    private var findings: [Finding] = []
    /// DNs that came more than once, with how many times: one entry read twice.
    private var repeats: [String: Int] = [:]
    /// Users the rules ran on.
    public private(set) var usersChecked = 0
    /// Users left out because the sync never takes them (`OnPremUser.outOfScope`).
    public private(set) var systemObjectsSkipped = 0

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
        rules = [
            UserPrincipalNameRule(options: options),
            SAMAccountNameRule(),
            MailRule(),
            MailNicknameRule(),
            ProxyAddressRule(options: options),
        ]
    }

    /// Checks one more user; a DN already seen is counted as a repeat, not checked again.
    public mutating func check(_ user: OnPremUser) {
        if !options.includeSystemObjects, user.outOfScope != nil {
            systemObjectsSkipped += 1
            return
        }
        guard duplicates.add(user) else {
            repeats[user.dn, default: 1] += 1
            return
        }
        usersChecked += 1
        for rule in rules { rule.check(user, into: &findings) }
    }

    /// Every finding so far, in the report order (dn, attribute, rule, value), each
    /// suggested fix checked against every value in its namespace.
    public func report() -> CheckReport {
        var all = findings + duplicates.findings + repeats.map(RepeatedEntry.finding)
        FixSafety.withdrawUnsafeFixes(in: &all, duplicates: duplicates)
        all.sort(by: Finding.reportOrder)
        return CheckReport(
            findings: all, usersChecked: usersChecked, systemObjectsSkipped: systemObjectsSkipped,
            repeatedEntries: repeats.values.reduce(0) { $0 + $1 - 1 }
        )
    }
}
