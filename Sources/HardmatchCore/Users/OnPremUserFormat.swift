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
        json.key("objectGUID")
        json.unescapedString { user.objectGUID.appendString(to: &$0) }
        json.key("immutableId")
        json.unescapedString { user.immutableId.appendString(to: &$0) }
        json.key("consistencyGuid")
        if let consistencyGuid = user.consistencyGuid {
            json.unescapedString { consistencyGuid.appendString(to: &$0) }
        } else {
            json.null()
        }
        json.key("sourceAnchor")
        json.unescapedString { user.sourceAnchor.appendString(to: &$0) }
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
