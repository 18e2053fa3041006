/// Where the plan's sync features came from (the `tenant.source` of the plan).
public enum FeatureSource: String, Sendable, Equatable {
    /// Read from `GET /v1.0/directory/onPremisesSynchronization`.
    case live
    /// `--sync-features FILE`.
    case file
    /// Neither was available: Microsoft's defaults, which a hardened tenant does not have.
    case assumed
}
