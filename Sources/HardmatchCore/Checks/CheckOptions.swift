/// What the administrator told `check` about the tenant.
public struct CheckOptions: Sendable, Equatable {
    /// Domains verified in the tenant, lower-cased, without a trailing dot. Empty: unknown,
    /// and only routability is checked.
    public var verifiedDomains: Set<String>
    /// Also check the users Entra Connect's default rules never synchronise (`SyncScope`):
    /// their data cannot break the sync, so by default they are left out.
    public var includeSystemObjects: Bool

    public init(verifiedDomains: [String] = [], includeSystemObjects: Bool = false) {
        self.verifiedDomains = Set(verifiedDomains.map(DomainName.normalized))
        self.includeSystemObjects = includeSystemObjects
    }

    /// The one verified domain, when exactly one was given: the only case where a suffix
    /// can be proposed as a fix without guessing.
    public var soleVerifiedDomain: String? {
        verifiedDomains.count == 1 ? verifiedDomains.first : nil
    }

    /// True when `domain` is in the verified list (always false when the list is empty).
    public func isVerified(_ domain: some StringProtocol) -> Bool {
        verifiedDomains.contains(DomainName.normalized(String(domain)))
    }
}
