import HardmatchCore
import Testing

/// The same users in any order give the same plan, byte for byte (SPEC §5).
@Suite struct PlanDeterminismTests {
    /// A mix that exercises every outcome, including ties that input order could break.
    static func users() -> (onPrem: [OnPremUser], cloud: [CloudUser]) {
        var onPrem: [OnPremUser] = []
        var cloud: [CloudUser] = []
        for number in UInt8(1)...UInt8(60) {
            let name = "user\(number)"
            switch number % 6 {
            case 0: onPrem.append(Fixture.onPrem(name, number)); cloud.append(Fixture.cloud("id-\(number)", anchor: Fixture.anchor(number)))
            case 1: onPrem.append(Fixture.onPrem(name, number)); cloud.append(Fixture.cloud("id-\(number)", upn: "\(name)@contoso.com"))
            case 2: onPrem.append(Fixture.onPrem(name, number)); cloud.append(Fixture.cloud("id-\(number)", upn: "\(name)@contoso.onmicrosoft.com"))
            case 3:
                // Two cloud users for one local part, and two on-premises users with one address.
                onPrem.append(Fixture.onPrem(name, number, aliases: ["shared\(number / 12)@contoso.com"]))
                cloud.append(Fixture.cloud("id-\(number)a", upn: "\(name)@a.onmicrosoft.com"))
                cloud.append(Fixture.cloud("id-\(number)b", upn: "\(name)@b.onmicrosoft.com"))
            case 4: onPrem.append(Fixture.onPrem(name, number, smtp: "dup\(number / 12)@contoso.com"))
            default: cloud.append(Fixture.cloud("id-\(number)", upn: "lonely\(number)@contoso.com", mail: "user\(number - 1)@contoso.com"))
            }
        }
        onPrem.append(Fixture.onPrem("solo", 200))
        // Out of scope, with the UPN of an in-scope user and the anchor of a cloud user.
        onPrem.append(Fixture.onPrem("system", 201, upn: "user1@contoso.com", outOfScope: .isCriticalSystemObject))
        cloud.append(Fixture.cloud("id-system", anchor: Fixture.anchor(201)))
        cloud.append(Fixture.cloud("id-shared", proxies: ["smtp:shared1@contoso.com", "smtp:shared2@contoso.com"]))
        return (onPrem, cloud)
    }

    @Test func shuffledInputsGiveIdenticalJSON() {
        let (onPrem, cloud) = Self.users()
        let reference = PlanFormat.json(PlanBuilder(onPrem: onPrem, cloud: cloud, adminIds: ["id-7"]).build())
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20 {
            let plan = PlanBuilder(onPrem: onPrem.shuffled(using: &generator), cloud: cloud.shuffled(using: &generator), adminIds: ["id-7"]).build()
            #expect(PlanFormat.json(plan) == reference)
        }
        let summary = PlanBuilder(onPrem: onPrem, cloud: cloud).build().summary
        // The mix really has variety, so equality above is not trivially true.
        #expect(MatchOutcome.allCases.filter { summary[$0] > 0 }.count == MatchOutcome.allCases.count)
    }

    @Test func entriesAreSortedByDNThenCloudOnlyById() {
        let (onPrem, cloud) = Self.users()
        let plan = PlanBuilder(onPrem: onPrem.reversed(), cloud: cloud.reversed()).build()
        let dns = plan.entries.compactMap { $0.onPrem?.dn.lowercased() }
        #expect(dns == dns.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let firstCloudOnly = plan.entries.firstIndex { $0.onPrem == nil } ?? plan.entries.count
        #expect(plan.entries[firstCloudOnly...].allSatisfy { $0.outcome == .cloudOnly })
        let ids = plan.entries[firstCloudOnly...].compactMap { $0.cloud?.id }
        #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}

/// A deterministic random source (SplitMix64), so a failing shuffle can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
