@testable import HardmatchLDAP
import HardmatchCore
import Testing

/// The hand-over between the connections and the consumer: bounded, ordered, and ended by
/// the first failure.
@Suite struct PageChannelTests {
    private func page(_ dn: String) -> SearchPage {
        SearchPage(items: [.entry(DirectoryEntry(dn: dn))], cookie: [])
    }

    private func dn(_ page: SearchPage?) -> String? {
        guard case .entry(let entry)? = page?.items.first else { return nil }
        return entry.dn
    }

    @Test func pagesArriveInOrderAndTheEndComesAfterEveryProducerFinished() async throws {
        let channel = PageChannel(capacity: 4, producers: 2)
        try await channel.send(page("a"))
        try await channel.send(page("b"))
        await channel.finish()
        #expect(dn(try await channel.next()) == "a")
        try await channel.send(page("c"))
        await channel.finish()
        #expect(dn(try await channel.next()) == "b")
        #expect(dn(try await channel.next()) == "c")
        #expect(try await channel.next() == nil)
    }

    @Test func aFullChannelHoldsTheSenderUntilThePageIsTaken() async throws {
        let channel = PageChannel(capacity: 1, producers: 1)
        try await channel.send(page("1"))
        let sender = Task {
            try await channel.send(page("2"))
            return true
        }
        try await Task.sleep(for: .milliseconds(100))
        #expect(await channel.waitingSenders == 1)
        #expect(dn(try await channel.next()) == "1")
        #expect(try await sender.value)
        #expect(await channel.waitingSenders == 0)
        #expect(dn(try await channel.next()) == "2")
    }

    @Test func theFirstFailureReachesTheConsumerAndStopsTheOtherSenders() async throws {
        struct Cut: Error, Equatable {}
        let channel = PageChannel(capacity: 1, producers: 2)
        try await channel.send(page("1"))
        let waiting = Task { try await channel.send(page("2")) }
        try await Task.sleep(for: .milliseconds(100))
        await channel.fail(Cut())
        await #expect(throws: Cut.self) { try await channel.next() }
        await #expect(throws: CancellationError.self) { try await waiting.value }
        await #expect(throws: CancellationError.self) { try await channel.send(page("3")) }
    }

    @Test func aConsumerThatStopsEndsTheChannelWithoutAnError() async throws {
        let channel = PageChannel(capacity: 1, producers: 1)
        await channel.close()
        await #expect(throws: CancellationError.self) { try await channel.send(page("1")) }
        #expect(try await channel.next() == nil)
    }
}
