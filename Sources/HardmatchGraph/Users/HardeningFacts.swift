/// The per-user facts behind Entra's 2026 hard-match hardening that v1.0's user read lacks.
public struct HardeningFacts: Sendable, Equatable {
    public var onPremisesObjectIdentifier: String?
    public var isCloudManaged: Bool
}
