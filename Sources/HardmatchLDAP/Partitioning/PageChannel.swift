/// Pages passed from the connections that read them to the one consumer, a few at a time.
///
/// A connection that is ahead waits here instead of reading on, so memory holds at most
/// `capacity` pages whatever the size of the directory. The first failure of any
/// connection ends the channel: the consumer gets that error, and every connection waiting
/// to hand over a page is told to stop.
actor PageChannel {
    private let capacity: Int
    private var pages: [SearchPage] = []
    private var head = 0
    private var producers: Int
    private var failure: (any Error)?
    private var closed = false
    private var receiver: CheckedContinuation<SearchPage?, any Error>?
    private var senders: [CheckedContinuation<Void, any Error>] = []

    init(capacity: Int, producers: Int) {
        self.capacity = max(1, capacity)
        self.producers = producers
    }

    private var count: Int { pages.count - head }

    /// Connections waiting for room to hand over a page.
    var waitingSenders: Int { senders.count }

    /// Hands over one page; waits while the channel is full. Throws once the channel has ended.
    func send(_ page: SearchPage) async throws {
        guard !closed else { throw CancellationError() }
        if let receiver {
            self.receiver = nil
            receiver.resume(returning: page)
            return
        }
        pages.append(page)
        if count > capacity {
            try await withCheckedThrowingContinuation { senders.append($0) }
        }
    }

    /// One producer has read all it was given.
    func finish() {
        producers -= 1
        if producers == 0, count == 0, let receiver {
            self.receiver = nil
            receiver.resume(returning: nil)
        }
    }

    /// Ends the channel with `error` (only the first failure is kept).
    func fail(_ error: any Error) {
        if failure == nil && !closed { failure = error }
        end()
    }

    /// Ends the channel because the consumer has stopped reading.
    func close() {
        end()
    }

    private func end() {
        closed = true
        pages.removeAll()
        head = 0
        for sender in senders { sender.resume(throwing: CancellationError()) }
        senders.removeAll()
        if let receiver {
            self.receiver = nil
            if let failure { receiver.resume(throwing: failure) } else { receiver.resume(returning: nil) }
        }
    }

    /// The next page, in the order they were handed over; nil after the last.
    func next() async throws -> SearchPage? {
        if let failure { throw failure }
        if count > 0 {
            let page = pages[head]
            head += 1
            if head == pages.count {
                pages.removeAll(keepingCapacity: true)
                head = 0
            }
            if !senders.isEmpty { senders.removeFirst().resume() }
            return page
        }
        if producers == 0 || closed { return nil }
        return try await withCheckedThrowingContinuation { receiver = $0 }
    }
}
