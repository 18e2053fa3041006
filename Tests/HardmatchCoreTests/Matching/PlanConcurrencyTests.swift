import HardmatchCore
import Testing

/// `buildConcurrently` and `writeJSONConcurrently`, which `hardmatch plan` uses, give
/// exactly what `build` and `writeJSON` give.
@Suite struct PlanConcurrencyTests {
    /// The determinism mix (every outcome) plus enough users for several blocks of JSON,
    /// in an order that is not the plan's.
    static func users() -> (onPrem: [OnPremUser], cloud: [CloudUser]) {
        var (onPrem, cloud) = PlanDeterminismTests.users()
        for number in (0..<6000).reversed() {
            let raw = withUnsafeBytes(of: UInt64(number + 1000).bigEndian) { Array($0) } + [UInt8](repeating: 0x17, count: 8)
            guard let guid = try? ObjectGUID(rawBytes: raw) else { continue }
            let name = "bulk\(number)"
            onPrem.append(OnPremUser(
                dn: "CN=\(name),OU=Bulk,DC=contoso,DC=com", objectGUID: guid, userPrincipalName: "\(name)@contoso.com",
                proxyAddresses: ["SMTP:\(name)@contoso.com"], sAMAccountName: name
            ))
            switch number % 4 {
            case 0: cloud.append(CloudUser(id: "bulk-\(number)", onPremisesImmutableId: guid.immutableID.string))
            case 1: cloud.append(CloudUser(id: "bulk-\(number)", userPrincipalName: "\(name.uppercased())@CONTOSO.COM"))
            case 2: cloud.append(CloudUser(id: "bulk-\(number)", proxyAddresses: ["smtp:\(name)@contoso.com"], userType: "Guest"))
            default: cloud.append(CloudUser(id: "bulk-only-\(number)", userPrincipalName: "other\(number)@contoso.com"))
            }
        }
        return (onPrem, cloud)
    }

    @Test func concurrentBuildGivesTheSamePlan() async {
        let (onPrem, cloud) = Self.users()
        let plan = PlanBuilder(onPrem: onPrem, cloud: cloud, adminIds: ["id-7"]).build()
        #expect(plan.count > 2 * 2048)
        #expect(MatchOutcome.allCases.allSatisfy { plan.summary[$0] > 0 })
        #expect(await PlanBuilder(onPrem: onPrem, cloud: cloud, adminIds: ["id-7"]).buildConcurrently() == plan)
        let indexed = IndexedCloudUsers(cloud)
        #expect(await PlanBuilder(onPrem: onPrem, indexedCloud: indexed, adminIds: ["id-7"]).buildConcurrently() == plan)
        // Both sides indexed beforehand, as `hardmatch plan` does, one way or the other.
        let indexedOnPrem = await IndexedOnPremUsers.concurrently(onPrem)
        let both = PlanBuilder(indexedOnPrem: indexedOnPrem, indexedCloud: indexed, adminIds: ["id-7"])
        #expect(await both.buildConcurrently() == plan)
        #expect(both.build() == plan)
        #expect(PlanBuilder(indexedOnPrem: IndexedOnPremUsers(onPrem), indexedCloud: indexed, adminIds: ["id-7"]).build() == plan)
    }

    @Test func changingTheOnPremisesUsersDropsTheirIndexes() {
        let (onPrem, cloud) = Self.users()
        var builder = PlanBuilder(indexedOnPrem: IndexedOnPremUsers(Array(onPrem.dropFirst())), indexedCloud: IndexedCloudUsers(cloud))
        builder.onPrem = onPrem
        #expect(builder.build() == PlanBuilder(onPrem: onPrem, cloud: cloud).build())
    }

    @Test func changingTheCloudUsersDropsTheirIndexes() {
        let (onPrem, cloud) = Self.users()
        var builder = PlanBuilder(onPrem: onPrem, indexedCloud: IndexedCloudUsers(cloud.filter { $0.id != "bulk-0" }))
        builder.cloud = cloud
        #expect(builder.build() == PlanBuilder(onPrem: onPrem, cloud: cloud).build())
    }

    @Test func concurrentJSONIsTheSameBytes() async {
        let (onPrem, cloud) = Self.users()
        let plan = PlanBuilder(onPrem: onPrem, cloud: cloud).build()
        var bytes: [UInt8] = []
        await PlanFormat.writeJSONConcurrently(plan) { bytes += $0 }
        #expect(bytes == PlanFormat.json(plan))
        #expect(bytes.count > 1 << 20)
    }
}
