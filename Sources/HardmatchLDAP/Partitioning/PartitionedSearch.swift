import Logging

/// One search read over several connections at once, each reading whole parts of it.
///
/// A directory server answers one search on one of its cores; several searches, each over
/// its own part of the entries, keep several busy. The parts (`USNPartition`) are disjoint
/// and together cover every entry, each part is read page by page with the paged-results
/// control (ranged attributes completed on the connection that read the entry), and the
/// pages reach the consumer through a small channel, so memory stays that of a few pages.
///
/// The entries come in no fixed order. Every entry comes exactly once, or the read fails:
/// a part that fails or whose connection is cut ends the whole read with its error.
public struct PartitionedSearch: AsyncSequence, Sendable {
    public typealias Element = SearchItem

    let connections: [LDAPConnection]
    let request: SearchRequest
    let partitions: [USNPartition]
    let logger: Logger

    /// - Parameters:
    ///   - connections: bound connections, all to the one server whose numbers the parts use.
    ///   - request: the search; each part narrows its filter.
    ///   - partitions: the parts; those without an upper bound are read after all the others.
    public init(connections: [LDAPConnection], request: SearchRequest, partitions: [USNPartition], logger: Logger = Logger(label: "hardmatch.ldap", factory: { _ in SwiftLogNoOpLogHandler() })) {
        precondition(!connections.isEmpty, "a partitioned search needs a connection")
        self.connections = connections
        self.request = request
        self.partitions = partitions
        self.logger = logger
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(search: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let search: PartitionedSearch
        private var run: Run?
        private var items: [SearchItem] = []
        private var index = 0
        /// Every part's search meets the same continuation references; each is given once.
        private var references: Set<[String]> = []

        init(search: PartitionedSearch) {
            self.search = search
        }

        public mutating func next() async throws -> SearchItem? {
            while true {
                while index == items.count {
                    if run == nil { run = Run(search) }
                    guard let page = try await run!.channel.next() else { return nil }
                    items = page.items
                    index = 0
                }
                let item = items[index]
                index += 1
                if case .reference(let urls) = item, !references.insert(urls).inserted { continue }
                return item
            }
        }
    }

    /// The connections' tasks of one iteration; stopped when the iterator goes away.
    final class Run: Sendable {
        let channel: PageChannel
        private let tasks: [Task<Void, Never>]

        init(_ search: PartitionedSearch) {
            let channel = PageChannel(capacity: search.connections.count, producers: search.connections.count)
            let queue = PartitionQueue(search.partitions)
            self.channel = channel
            tasks = search.connections.map { connection in
                Task { await Self.read(connection, search, queue, channel) }
            }
        }

        deinit {
            for task in tasks { task.cancel() }
            let channel = channel
            Task { await channel.close() }
        }

        /// One connection's work: parts from the queue until none is left, every page to the channel.
        private static func read(_ connection: LDAPConnection, _ search: PartitionedSearch, _ queue: PartitionQueue, _ channel: PageChannel) async {
            var finishedOne = false
            do {
                while let partition = await queue.next(finishedOne: finishedOne) {
                    finishedOne = true
                    // The open part holds only objects created since the read began; when the
                    // server has committed nothing since, there is none and no search to make.
                    if partition.highest == nil, let lowest = partition.lowest,
                       let highest = try await connection.highestCommittedUSN(), highest < lowest {
                        search.logger.debug("part skipped: nothing committed since the read began", metadata: ["part": "\(partition)"])
                        continue
                    }
                    var request = search.request
                    request.filter = partition.filter(narrowing: search.request.filter)
                    search.logger.debug("reading part", metadata: ["part": "\(partition)", "uri": "\(connection.uri)"])
                    var cookie: [UInt8] = []
                    var entries = 0
                    repeat {
                        try Task.checkCancellation()
                        let page = try await connection.searchPage(request, cookie: cookie)
                        cookie = request.pageSize == nil ? [] : page.cookie
                        entries += page.items.count
                        try await channel.send(page)
                    } while !cookie.isEmpty
                    search.logger.debug("part read", metadata: ["part": "\(partition)", "items": "\(entries)"])
                }
                await channel.finish()
            } catch {
                await channel.fail(error)
            }
        }
    }
}
