/// How much a finding matters to the first sync.
///
/// `error`: Entra ID refuses the object or the value, or the user will not join the cloud
/// account it should (SPEC §7: `check` exits 3). `warning`: the sync goes through, but
/// something is lost or changed on the way (a dropped address, a rewritten sign-in name).
public enum Severity: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
}
