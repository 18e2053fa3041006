/// The record formats of SPEC §3 for on-premises users.
public enum OnPremUserFormat {
    /// Column names of the CSV and the keys of the JSON record, in order.
    public static let columns = [
        "dn", "objectGUID", "immutableId", "consistencyGuid", "sourceAnchor", "userPrincipalName",
        "mail", "proxyAddresses", "primarySmtp", "sAMAccountName", "displayName", "enabled", "outOfScope",
    ]

    /// Appends one user as a JSON object with the documented keys in the documented order.
    ///
    /// The keys and punctuation are constant runs of bytes and the GUID forms are encoded
    /// straight into the buffer; only text values go through the escaper. This is what
    /// `JSONText` would write for the same record, compact, without its per-key bookkeeping,
    /// which was a third of the time of a million-user dump.
    public static func appendJSON(_ user: OnPremUser, to bytes: inout [UInt8]) {
        JSONText.appendLiteral("{\"dn\":", to: &bytes)
        JSONText.appendString(user.dn, to: &bytes)
        JSONText.appendLiteral(",\"objectGUID\":\"", to: &bytes)
        user.objectGUID.appendString(to: &bytes)
        JSONText.appendLiteral("\",\"immutableId\":\"", to: &bytes)
        user.immutableId.appendString(to: &bytes)
        JSONText.appendLiteral("\",\"consistencyGuid\":", to: &bytes)
        if let consistencyGuid = user.consistencyGuid {
            bytes.append(UInt8(ascii: "\""))
            consistencyGuid.appendString(to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        } else {
            JSONText.appendLiteral("null", to: &bytes)
        }
        JSONText.appendLiteral(",\"sourceAnchor\":\"", to: &bytes)
        user.sourceAnchor.appendString(to: &bytes)
        JSONText.appendLiteral("\",\"userPrincipalName\":", to: &bytes)
        JSONText.appendString(user.userPrincipalName, to: &bytes)
        JSONText.appendLiteral(",\"mail\":", to: &bytes)
        JSONText.appendString(user.mail, to: &bytes)
        JSONText.appendLiteral(",\"proxyAddresses\":[", to: &bytes)
        for (index, address) in user.proxyAddresses.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.appendString(address, to: &bytes)
        }
        JSONText.appendLiteral("],\"primarySmtp\":", to: &bytes)
        JSONText.appendString(user.primarySmtp, to: &bytes)
        JSONText.appendLiteral(",\"sAMAccountName\":", to: &bytes)
        JSONText.appendString(user.sAMAccountName, to: &bytes)
        JSONText.appendLiteral(",\"displayName\":", to: &bytes)
        JSONText.appendString(user.displayName, to: &bytes)
        JSONText.appendLiteral(",\"enabled\":", to: &bytes)
        JSONText.appendBool(user.enabled, to: &bytes)
        JSONText.appendLiteral(",\"outOfScope\":", to: &bytes)
        JSONText.appendString(user.outOfScope?.rawValue, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// The CSV fields of one user; `proxyAddresses` joined with `;`.
    public static func csvFields(_ user: OnPremUser) -> [String?] {
        [
            user.dn, user.objectGUID.string, user.immutableId.string, user.consistencyGuid?.string,
            user.sourceAnchor.string, user.userPrincipalName, user.mail,
            user.proxyAddresses.joined(separator: ";"), user.primarySmtp, user.sAMAccountName,
            user.displayName, user.enabled.map { $0 ? "true" : "false" }, user.outOfScope?.rawValue,
        ]
    }
}
