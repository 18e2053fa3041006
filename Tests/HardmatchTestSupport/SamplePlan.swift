import Foundation

/// What `hardmatch plan` must say for the test DC's sample users against
/// `samples/cloud-users.json`, `samples/admins.txt` and `samples/mapping.csv`
/// (`samples/README.md` explains each pairing).
public enum SamplePlan {
    public struct Expectation: Sendable, Equatable {
        public let outcome: String
        public let via: String?
        public let reason: String?
        /// The `userPrincipalName` of the cloud user the entry names; nil for none.
        public let cloudUPN: String?
    }

    public static let cloudFile = repositoryRoot.appendingPathComponent("samples/cloud-users.json").path
    public static let adminsFile = repositoryRoot.appendingPathComponent("samples/admins.txt").path
    public static let mappingFile = repositoryRoot.appendingPathComponent("samples/mapping.csv").path

    /// `plan` arguments for the sample cloud side.
    public static var cloudArguments: [String] {
        ["--cloud", cloudFile, "--admins", adminsFile, "--mapping", mappingFile]
    }

    /// By sAMAccountName.
    public static let expected: [String: Expectation] = [
        "alice.smith": .init(outcome: "anchored", via: "sourceAnchor", reason: nil, cloudUPN: "alice.smith@contoso.com"),
        "bob.jones": .init(outcome: "softMatch", via: "primarySmtp", reason: nil, cloudUPN: "bjones@contoso.onmicrosoft.com"),
        "carol.white": .init(outcome: "softMatch", via: "userPrincipalName", reason: nil, cloudUPN: "carol.white@contoso.com"),
        "david.brown": .init(outcome: "setImmutableId", via: "upnLocalPart", reason: nil, cloudUPN: "david.brown@contoso.onmicrosoft.com"),
        "emma.wilson": .init(outcome: "setImmutableId", via: "sharedSmtp", reason: nil, cloudUPN: "ewilson@contoso.onmicrosoft.com"),
        "frank.taylor": .init(outcome: "setImmutableId", via: "mapping", reason: nil, cloudUPN: "f.taylor@contoso.onmicrosoft.com"),
        "grace.lee": .init(outcome: "conflict", via: "primarySmtp", reason: "guest", cloudUPN: "grace.lee_contoso.com#EXT#@contoso.onmicrosoft.com"),
        "henry.clark": .init(outcome: "conflict", via: "userPrincipalName", reason: "adminRole", cloudUPN: "henry.clark@contoso.com"),
        "ivan.petrov": .init(outcome: "conflict", via: "primarySmtp", reason: "alreadySynced", cloudUPN: "ivan.petrov@contoso.com"),
        "julia.meyer": .init(outcome: "conflict", via: "primarySmtp", reason: "anchorMismatch", cloudUPN: "jmeyer@contoso.onmicrosoft.com"),
        "kevin.nguyen": .init(outcome: "conflict", via: "upnLocalPart", reason: "ambiguous", cloudUPN: nil),
        "laura.garcia": .init(outcome: "conflict", via: "sharedSmtp", reason: "ambiguous", cloudUPN: "sales.team@contoso.onmicrosoft.com"),
        "maria.rossi": .init(outcome: "conflict", via: "sharedSmtp", reason: "ambiguous", cloudUPN: "sales.team@contoso.onmicrosoft.com"),
        "nina.schmidt": .init(outcome: "conflict", via: "primarySmtp", reason: "anchorMismatch", cloudUPN: "nina.schmidt@contoso.com"),
        "oscar.king": .init(outcome: "conflict", via: nil, reason: "collision", cloudUPN: "oking@contoso.onmicrosoft.com"),
        "jose.muller": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "zoe.odegard": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "li.lei": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "paul.walker": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "quinn.hughes": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "rachel.green": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "svc-backup": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
        "svc-sync": .init(outcome: "onPremOnly", via: nil, reason: nil, cloudUPN: nil),
    ]

    /// The two users of `samples/onprem-extra.ldif`.
    public static let extraExpected: [String: Expectation] = [
        "sam.porter": .init(outcome: "conflict", via: nil, reason: "duplicateOnPrem", cloudUPN: nil),
        "samuel.porter": .init(outcome: "conflict", via: nil, reason: "duplicateOnPrem", cloudUPN: nil),
    ]

    /// Cloud users no on-premises user pairs with.
    public static let cloudOnlyUPNs: Set<String> = [
        "room.berlin@contoso.onmicrosoft.com", "legacy.app@contoso.onmicrosoft.com", "admin@contoso.onmicrosoft.com",
    ]

    /// The sample users with fixed objectGUIDs from `scripts/sample-users.ldif` (the DC's
    /// seed, `changetype` lines dropped) followed by `samples/onprem-extra.ldif`: an export
    /// of the same users without a DC.
    public static func onPremExport() throws -> String {
        let seed = try String(contentsOf: repositoryRoot.appendingPathComponent("scripts/sample-users.ldif"), encoding: .utf8)
        let records = seed.components(separatedBy: "\n\n").filter { $0.contains("\nobjectGUID:: ") }
        let users = records.map { record in
            record.split(separator: "\n").filter { !$0.hasPrefix("changetype:") && !$0.hasPrefix("#") }.joined(separator: "\n")
        }
        let extra = try String(contentsOf: repositoryRoot.appendingPathComponent("samples/onprem-extra.ldif"), encoding: .utf8)
        return users.joined(separator: "\n\n") + "\n\n" + extra
    }
}
