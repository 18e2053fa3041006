import Foundation
import Testing
@testable import HardmatchCore

@Suite struct OnPremUserFormatTests {
    /// The record as `JSONText` writes it, key by key: the direct writer must give these bytes.
    private func reference(_ user: OnPremUser) -> [UInt8] {
        var json = JSONText()
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
        json.field("outOfScope", user.outOfScope?.rawValue)
        json.endObject()
        return json.bytes
    }

    @Test func writesWhatJSONTextWritesForTheSameRecord() throws {
        let guid = try ObjectGUID(rawBytes: (0..<16).map { UInt8($0 * 17) })
        let other = try ObjectGUID(rawBytes: (0..<16).map { UInt8(255 - $0) })
        let users = [
            OnPremUser(
                dn: "CN=Zoë \"Z\" Ødegård,OU=Staff\\Sales", objectGUID: guid, consistencyGuid: other,
                userPrincipalName: "zoe@contoso.com", mail: "zoe@contoso.com",
                proxyAddresses: ["SMTP:zoe@contoso.com", "smtp:z@contoso.com", "X500:/o=tab\there"],
                sAMAccountName: "zoe", displayName: "Zoë\u{1}", userAccountControl: 514
            ),
            OnPremUser(dn: "CN=Bare", objectGUID: other),
            OnPremUser(dn: "CN=krbtgt,CN=Users", objectGUID: other, sAMAccountName: "krbtgt", outOfScope: .isCriticalSystemObject),
            OnPremUser(dn: "", objectGUID: guid, proxyAddresses: ["smtp:only@secondary"], userAccountControl: 512),
        ]
        for user in users {
            var bytes: [UInt8] = []
            OnPremUserFormat.appendJSON(user, to: &bytes)
            #expect(bytes == reference(user), "\(String(decoding: bytes, as: UTF8.self))")
            // An independent parser reads back every value.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            let strings: [(String, String?)] = [
                ("dn", user.dn), ("objectGUID", user.objectGUID.string), ("immutableId", user.immutableId.string),
                ("consistencyGuid", user.consistencyGuid?.string), ("sourceAnchor", user.sourceAnchor.string),
                ("userPrincipalName", user.userPrincipalName), ("mail", user.mail), ("primarySmtp", user.primarySmtp),
                ("sAMAccountName", user.sAMAccountName), ("displayName", user.displayName),
                ("outOfScope", user.outOfScope?.rawValue),
            ]
            for (key, expected) in strings {
                if let expected {
                    #expect(object[key] as? String == expected, "\(key)")
                } else {
                    #expect(object[key] is NSNull, "\(key)")
                }
            }
            #expect(object["proxyAddresses"] as? [String] == user.proxyAddresses)
            #expect(object["enabled"] as? Bool == user.enabled || (user.enabled == nil && object["enabled"] is NSNull))
            #expect(object.count == OnPremUserFormat.columns.count)
        }
    }
}
