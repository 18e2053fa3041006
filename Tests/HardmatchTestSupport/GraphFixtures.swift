import Foundation
import HardmatchCore

/// Cloud users and plans for the Graph tests: made in code, so each test shows its data.
public enum GraphFixtures {
    /// A GUID-shaped object id for the Nth cloud user.
    public static func cloudID(_ number: Int) -> String {
        String(format: "00000000-0000-4000-8000-%012d", number)
    }

    /// The ImmutableId of the Nth on-premises user: 16 bytes derived from `number`.
    public static func anchor(_ number: Int) -> String {
        var bytes = [UInt8](repeating: 0xa5, count: 16)
        withUnsafeBytes(of: UInt64(number).littleEndian) { bytes.replaceSubrange(0..<8, with: $0) }
        return Base64.encode(bytes)
    }

    /// A cloud-only member user, as Graph stores it.
    public static func cloudUser(_ number: Int, userType: String = "Member", immutableID: String? = nil, syncEnabled: Bool? = nil) -> [String: Any] {
        [
            "id": cloudID(number),
            "userPrincipalName": "user\(number)@contoso.onmicrosoft.com",
            "mail": "user\(number)@contoso.com",
            "proxyAddresses": ["SMTP:user\(number)@contoso.com"],
            "onPremisesImmutableId": immutableID as Any? ?? NSNull(),
            "onPremisesSyncEnabled": syncEnabled as Any? ?? NSNull(),
            "userType": userType,
            "displayName": "User \(number)",
            "accountEnabled": true,
        ]
    }

    /// A plan (SPEC §5) with one `setImmutableId` entry per number, the cloud state as
    /// `cloudUser(number)` has it, plus one `cloudOnly` entry that apply must ignore.
    public static func plan(_ numbers: some Sequence<Int>, dn: (Int) -> String = { "CN=User \($0),OU=Staff,DC=corp,DC=example" }) -> Data {
        var entries: [[String: Any]] = numbers.map { number in
            [
                "outcome": "setImmutableId", "via": "upnLocalPart", "reason": NSNull(),
                "immutableId": anchor(number),
                "onPrem": [
                    "dn": dn(number), "userPrincipalName": "user\(number)@corp.example",
                    "sAMAccountName": "user\(number)", "sourceAnchor": anchor(number),
                ] as [String: Any],
                "cloud": [
                    "id": cloudID(number), "userPrincipalName": "user\(number)@contoso.onmicrosoft.com", "mail": "user\(number)@contoso.com",
                    "onPremisesImmutableId": NSNull(), "onPremisesSyncEnabled": NSNull(), "userType": "Member",
                ] as [String: Any],
            ]
        }
        entries.append(["outcome": "cloudOnly", "via": NSNull(), "reason": NSNull(), "immutableId": NSNull(), "onPrem": NSNull(),
                        "cloud": ["id": "ffffffff-0000-4000-8000-000000000000", "userPrincipalName": "other@contoso.onmicrosoft.com", "onPremisesImmutableId": NSNull()] as [String: Any]])
        let document: [String: Any] = ["summary": ["setImmutableId": entries.count - 1, "cloudOnly": 1], "entries": entries]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
    }
}
