/// One problem `hardmatch check` found on one value of one user (SPEC §7).
public struct Finding: Sendable, Hashable {
    public var dn: String
    /// The LDAP attribute that holds the value, e.g. `proxyAddresses`.
    public var attribute: String
    /// The value exactly as stored (for a count or a missing value: what was counted or expected).
    public var value: String
    /// A stable identifier of the rule, e.g. `upnCharacter`: scripts filter on it.
    public var rule: String
    public var severity: Severity
    /// What is wrong, in words an administrator can act on (names the other user of a duplicate).
    public var detail: String
    /// A value that resolves this finding (others on the same value may remain), when one
    /// can be proposed without guessing; nil otherwise.
    public var fix: String?

    public init(dn: String, attribute: String, value: String, rule: String, severity: Severity, detail: String, fix: String? = nil) {
        self.dn = dn
        self.attribute = attribute
        self.value = value
        self.rule = rule
        self.severity = severity
        self.detail = detail
        self.fix = fix
    }

    /// The report order: by dn, attribute, rule, value, so the same directory always gives
    /// the same report byte for byte, whatever order the source delivered users in.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.dn != b.dn { return a.dn < b.dn }
        if a.attribute != b.attribute { return a.attribute < b.attribute }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.value != b.value { return a.value < b.value }
        if a.severity != b.severity { return a.severity == .error }
        if a.detail != b.detail { return a.detail < b.detail }
        return (a.fix ?? "") < (b.fix ?? "")
    }
}
