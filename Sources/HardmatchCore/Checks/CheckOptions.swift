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

    /// The one verified domain a suffix can be rewritten to, when exactly one was given
    /// besides the tenant's `*.onmicrosoft.com` domains: the only case where a suffix can be
    /// proposed as a fix without guessing, and nobody wants a sign-in name moved to the
    /// initial domain.
    public var soleVerifiedDomain: String? {
        let own = verifiedDomains.filter { DomainName.onMicrosoftTenant($0) == nil }
        return own.count == 1 ? own.first : nil
    }

    /// True when a UPN or an address in `domain` is one the tenant accepts: a domain in the
    /// verified list, or the tenant's own `*.onmicrosoft.com` domains, which every tenant has
    /// verified from the start (`contoso.onmicrosoft.com`, and `contoso.mail.onmicrosoft.com`
    /// with Exchange Online). Which tenant is this one is known only when the list names one
    /// of them; otherwise every `*.onmicrosoft.com` domain is accepted rather than guessed at.
    public func isVerified(_ domain: some StringProtocol) -> Bool {
        let normalized = DomainName.normalized(String(domain))
        if verifiedDomains.contains(normalized) { return true }
        guard let tenant = DomainName.onMicrosoftTenant(normalized) else { return false }
        let listed = verifiedDomains.compactMap(DomainName.onMicrosoftTenant)
        return listed.isEmpty || listed.contains(tenant)
    }
}
