/// The record formats of SPEC §3 for on-premises users.
public enum OnPremUserFormat {
    /// Column names of the CSV and the keys of the JSON record, in order.
    public static let columns = [
        "dn", "objectGUID", "immutableId", "consistencyGuid", "sourceAnchor", "userPrincipalName",
        "mail", "proxyAddresses", "primarySmtp", "sAMAccountName", "displayName", "enabled",
    ]

    /// Writes one user as a JSON object with the documented keys in the documented order.
    public static func writeJSON(_ user: OnPremUser, to json: inout JSONText) {
        json.beginObject()
        json.field("dn", user.dn)
        json.field("objectGUID", user.objectGUID.string)
        json.field("immutableId", user.immutableId.string)
        json.field("consistencyGuid", user.consistencyGuid?.string)
        json.field("sourceAnchor", user.sourceAnchor.string)
        json.field("userPrincipalName", user.userPrincipalName)
        json.field("mail", user.mail)
        json.field("proxyAddresses", user.proxyAddresses)
        json.field("primarySmtp", user.primarySmtp)
        json.field("sAMAccountName", user.sAMAccountName)
        json.field("displayName", user.displayName)
        json.field("enabled", user.enabled)
        json.endObject()
    }

    /// The CSV fields of one user; `proxyAddresses` joined with `;`.
    public static func csvFields(_ user: OnPremUser) -> [String?] {
        [
            user.dn, user.objectGUID.string, user.immutableId.string, user.consistencyGuid?.string,
            user.sourceAnchor.string, user.userPrincipalName, user.mail,
            user.proxyAddresses.joined(separator: ";"), user.primarySmtp, user.sAMAccountName,
            user.displayName, user.enabled.map { $0 ? "true" : "false" },
        ]
    }
}
