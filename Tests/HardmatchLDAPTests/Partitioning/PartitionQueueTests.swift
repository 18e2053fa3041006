@testable import HardmatchLDAP
import Testing

/// The order the parts go out in: closed parts to whoever asks, the open one last.
@Suite struct PartitionQueueTests {
    let parts = USNSplit.partitions(hits: [], highestCommitted: 300, parts: 3)

    @Test func theOpenPartWaitsUntilEveryClosedPartIsRead() async {
        let queue = PartitionQueue(parts)
        let first = await queue.next(finishedOne: false)
        let second = await queue.next(finishedOne: false)
        let third = await queue.next(finishedOne: false)
        #expect([first, second, third].allSatisfy { $0?.highest != nil })
        // Two connections finish while the third part is still being read: nothing for them.
        #expect(await queue.next(finishedOne: true) == nil)
        #expect(await queue.next(finishedOne: true) == nil)
        // The last to finish gets the open part, and then nothing is left.
        let open = await queue.next(finishedOne: true)
        #expect(open?.highest == nil)
        #expect(open?.lowest == 301)
        #expect(await queue.next(finishedOne: true) == nil)
    }

    @Test func eachPartGoesOutOnce() async {
        let queue = PartitionQueue(parts)
        var given: [USNPartition] = []
        var finished = false
        while let part = await queue.next(finishedOne: finished) {
            given.append(part)
            finished = true
        }
        #expect(given == parts)
    }
}
