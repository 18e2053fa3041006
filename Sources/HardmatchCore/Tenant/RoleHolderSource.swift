/// Where the plan's list of role holders came from (the `tenant.roleHolders` of the plan).
public enum RoleHolderSource: String, Sendable, Equatable {
    /// Read from Graph's role assignments and eligibility schedules.
    case live
    /// `--admins FILE`.
    case file
    /// Nobody said: no role holder is known, so `adminRole` was not checked.
    case none
}
