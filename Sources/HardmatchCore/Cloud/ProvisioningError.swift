/// One entry of a cloud user's `onPremisesProvisioningErrors`: why Entra could not apply a
/// synchronised change to it (SPEC §7a).
///
/// Entra records these instead of failing the sync run, so they are the one place a
/// duplicate proxy address or UPN shows up after the first sync; `verify` reports them.
public struct ProvisioningError: Sendable, Equatable, Hashable {
    /// `PropertyConflict` for a value another object already holds; others are rare.
    public var category: String?
    /// The property the sync could not write, such as `ProxyAddresses` or `UserPrincipalName`.
    public var propertyCausingError: String?
    /// The value that collided.
    public var value: String?
    public var occurredDateTime: String?

    public init(category: String? = nil, propertyCausingError: String? = nil, value: String? = nil, occurredDateTime: String? = nil) {
        self.category = category
        self.propertyCausingError = propertyCausingError
        self.value = value
        self.occurredDateTime = occurredDateTime
    }

    /// `category propertyCausingError "value"`, for a report line.
    public var summary: String {
        "\(category ?? "unknown category") on \(propertyCausingError ?? "an unnamed property") (value \"\(value ?? "")\")"
    }
}
