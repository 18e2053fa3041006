/// One entry delivered more than once: the same DN twice in one export (two overlapping
/// searches saved together, or two exports joined). It is one user, not two holding the
/// same values, so it is checked once and reported as repeated.
enum RepeatedEntry {
    static let rule = "repeatedEntry"

    /// The finding for `dn`, seen `times` times.
    static func finding(_ dn: String, _ times: Int) -> Finding {
        Finding(
            dn: dn, attribute: "dn", value: dn, rule: rule, severity: .warning,
            detail: "the source holds this entry \(times) times (overlapping searches saved together?); it was checked once, as one user"
        )
    }
}
