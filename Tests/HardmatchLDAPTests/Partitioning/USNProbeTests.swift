import HardmatchLDAP
import Testing

/// The probe numbers: inside the range, distinct, and new in each round.
@Suite struct USNProbeTests {
    @Test func eachRoundProbesNumbersNoEarlierRoundDid() {
        var seen = Set<Int64>()
        for round in 0..<USNProbe.maximumRounds {
            let points = USNProbe.points(round: round, highest: 1_000_000)
            #expect(points.count == USNProbe.pointsPerRound)
            #expect(points.allSatisfy { (1...1_000_000).contains($0) })
            #expect(Set(points).isDisjoint(with: seen), "round \(round)")
            seen.formUnion(points)
        }
    }

    @Test func pointsAreEvenlySpread() {
        let points = USNProbe.points(round: 0, highest: 256_000)
        let gaps = Set(zip(points.dropFirst(), points).map { $0 - $1 })
        #expect(gaps == [1_000])
    }

    @Test func aSmallRangeIsProbedWithoutRepeats() {
        let points = USNProbe.points(round: 0, highest: 10)
        #expect(points == Array(Int64(1)...Int64(10)))
        #expect(USNProbe.points(round: 0, highest: 0).isEmpty)
    }

    @Test func theFilterIsTheSearchsFilterAndAnORofEqualities() {
        let filter = USNProbe.filter(narrowing: "(objectClass=user)", points: [5, 10])
        #expect(filter == "(&(objectClass=user)(|(uSNCreated=5)(uSNCreated=10)))")
    }

    @Test func theEstimateScalesTheHitsToAllNumbers() {
        #expect(USNProbe.estimatedEntries(hits: 128, probed: 256, highest: 100_000) == 50_000)
        #expect(USNProbe.estimatedEntries(hits: 0, probed: 0, highest: 100_000) == 0)
    }
}
