import HardmatchCore

/// Reading Core's `CloudUser` from Graph's JSON: live reads give `plan` and `apply` the same
/// type as `--cloud FILE` exports do.
extension CloudUser {
    /// The properties every read asks for, in `$select` form (SPEC §4).
    public static let graphProperties = [
        "id", "userPrincipalName", "mail", "proxyAddresses", "onPremisesImmutableId",
        "onPremisesSyncEnabled", "userType", "displayName", "accountEnabled",
    ]

    static var graphSelect: String { graphProperties.joined(separator: ",") }

    /// Reads one Graph user object; nil when it has no string `id`.
    init?(graph json: JSONValue) {
        guard let id = json["id"]?.string, !id.isEmpty else { return nil }
        self.init(
            id: id,
            userPrincipalName: json["userPrincipalName"]?.string,
            mail: json["mail"]?.string,
            proxyAddresses: json["proxyAddresses"]?.array?.compactMap(\.string) ?? [],
            onPremisesImmutableId: json["onPremisesImmutableId"]?.string,
            onPremisesSyncEnabled: json["onPremisesSyncEnabled"]?.bool,
            userType: json["userType"]?.string,
            displayName: json["displayName"]?.string,
            accountEnabled: json["accountEnabled"]?.bool
        )
    }
}
