import HardmatchLDAP
import Testing

/// The cuts of a partitioned read: every number in exactly one part, the parts balanced.
@Suite struct USNSplitTests {
    /// The part each number falls in; several or none is the bug these tests look for.
    private func owners(_ usn: Int64?, _ partitions: [USNPartition]) -> [Int] {
        partitions.indices.filter { partitions[$0].contains(usn) }
    }

    @Test(arguments: [1, 2, 3, 5, 16])
    func everyNumberAndTheEntriesWithoutOneFallInExactlyOnePart(parts: Int) {
        var generator = SystemRandomNumberGenerator()
        let highest: Int64 = 50_000
        let hits = (0..<300).map { _ in Int64.random(in: 3_000...highest, using: &generator) }
        let partitions = USNSplit.partitions(hits: hits, highestCommitted: highest, parts: parts)
        #expect(partitions.count == parts + 1)
        for usn in Array(Int64(-2)...Int64(200)) + Array((highest - 200)...(highest + 200)) + hits + [Int64.max, Int64.min] {
            #expect(owners(usn, partitions).count == 1, "uSNCreated \(usn)")
        }
        #expect(owners(nil, partitions) == [0])
    }

    @Test func theLastPartHasNoUpperBoundAndStartsAboveTheHighestCommitted() {
        let partitions = USNSplit.partitions(hits: [10, 20, 30, 40], highestCommitted: 100, parts: 2)
        let last = partitions.last!
        #expect(last.highest == nil)
        #expect(last.lowest == 101)
        #expect(partitions.dropLast().allSatisfy { $0.highest != nil })
        #expect(partitions.dropLast().last?.highest == 100)
    }

    @Test func cutsFollowTheHitsNotTheDistance() {
        // Provisioning took 1...4,000; the users are 10,000 numbers from 4,001 on, evenly.
        let hits = stride(from: Int64(4_001), through: 14_000, by: 40).map { $0 }
        let partitions = USNSplit.partitions(hits: hits, highestCommitted: 14_000, parts: 2)
        let cut = try! #require(partitions[0].highest)
        #expect((8_900...9_100).contains(cut), "cut at \(cut), not at the middle of the users")
        // Equal distances would have cut at 7,000 and given the second part 70% of the users.
    }

    @Test func withTooFewHitsTheRangeIsCutAtEqualDistances() {
        let partitions = USNSplit.partitions(hits: [500], highestCommitted: 1_000, parts: 4)
        #expect(partitions.map(\.highest) == [250, 500, 750, 1_000, nil])
    }

    @Test func hitsAboveTheHighestCommittedAndRepeatedCutsAreIgnored() {
        let partitions = USNSplit.partitions(hits: [7, 7, 7, 7, 9_999], highestCommitted: 100, parts: 3)
        for usn in Int64(0)...Int64(120) { #expect(owners(usn, partitions).count == 1) }
        #expect(partitions.allSatisfy { ($0.lowest ?? .min) <= ($0.highest ?? .max) })
    }

    @Test func onePartIsTheWholeRangeAndTheOpenEnd() {
        let partitions = USNSplit.partitions(hits: [], highestCommitted: 42, parts: 1)
        #expect(partitions == [
            USNPartition(lowest: nil, highest: 42, takesEntriesWithoutUSN: true),
            USNPartition(lowest: 43, highest: nil),
        ])
    }
}
