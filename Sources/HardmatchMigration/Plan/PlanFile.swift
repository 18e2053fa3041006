/// What `apply` and `script` read from a plan: its writes, and what it could not check.
public struct PlanFile: Sendable, Equatable {
    public let writes: [PlannedWrite]
    /// `tenant.unknown`: parts the plan could not read (a role-holder part, a property).
    public let unknown: [String]

    /// The role-holder parts the plan could not read: `apply` refuses to write while any is.
    public var unknownRoleParts: [String] {
        unknown.filter { $0 == "roleAssignments" || $0 == "roleEligibilitySchedules" }
    }
}
