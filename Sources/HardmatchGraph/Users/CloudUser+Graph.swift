import HardmatchCore

/// Reading Core's `CloudUser` from Graph's JSON: live reads give `plan` and `apply` the same
/// type as `--cloud FILE` exports do.
extension CloudUser {
    /// The properties every read asks for, in `$select` form (SPEC §4).
    public static let graphProperties = [
        "id", "userPrincipalName", "mail", "proxyAddresses", "onPremisesImmutableId",
        "onPremisesSyncEnabled", "userType", "displayName", "accountEnabled",
    ]

    public static var graphSelect: String { graphProperties.joined(separator: ",") }

    /// What `verify` reads: the usual properties and the sync errors Entra recorded.
    public static var verifySelect: String { graphSelect + ",onPremisesProvisioningErrors" }

    /// Reads one Graph user object through Core's reader, the one normaliser of files and
    /// live reads (`""` is null, null proxy addresses skipped); nil when it is no user.
    init?(graph json: JSONValue) {
        guard case .object = json, let export = try? CloudExportReader.read(json.serialized), export.users.count == 1 else { return nil }
        self = export.users[0]
    }
}
