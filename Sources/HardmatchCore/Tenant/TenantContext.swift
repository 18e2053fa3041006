/// What the plan knows about the tenant besides its users: the sync features, where they and
/// the role holders came from, and what could not be checked.
///
/// The plan states all of it (`tenant` in the JSON, the lines above the table) because an
/// administrator must see what a prediction rests on before trusting it on the night of
/// the first sync.
public struct TenantContext: Sendable, Equatable {
    public var features: SyncFeatures
    public var featureSource: FeatureSource
    public var roleHolders: RoleHolderSource
    /// What could not be checked: a role-holder part (`roleAssignments`,
    /// `roleEligibilitySchedules`), `onPremisesObjectIdentifier`, `onPremisesSyncBehavior`.
    /// Sorted, each once.
    public private(set) var unknown: [String]

    public init(features: SyncFeatures = .microsoftDefaults, featureSource: FeatureSource = .assumed, roleHolders: RoleHolderSource = .none, unknown: [String] = []) {
        self.features = features
        self.featureSource = featureSource
        self.roleHolders = roleHolders
        self.unknown = Array(Set(unknown)).sorted()
    }

    /// Records something that could not be checked.
    public mutating func markUnknown(_ part: String) {
        guard !unknown.contains(part) else { return }
        unknown.append(part)
        unknown.sort()
    }

    /// The role-holder parts that could not be read: `apply` refuses to write while any is.
    public static let roleHolderParts: Set<String> = ["roleAssignments", "roleEligibilitySchedules"]

    /// True when some role holders may be missing from the plan's list.
    public var roleHoldersUnknown: Bool { unknown.contains { Self.roleHolderParts.contains($0) } }

    /// What the plan knows when nobody told it anything: the defaults, stated as assumed.
    public static let assumed = TenantContext()
}
