import HardmatchCore

/// A search streamed page by page with the paged-results control (RFC 2696).
///
/// At most two pages are held in memory: while the consumer works through one page, the
/// next is already being read, so the server's time and the client's overlap instead of
/// adding up. A dump of 100,000 users needs the memory of two pages, not of the directory.
public struct PagedSearch: AsyncSequence, Sendable {
    public typealias Element = SearchItem

    let connection: LDAPConnection
    let request: SearchRequest

    public init(connection: LDAPConnection, request: SearchRequest) {
        self.connection = connection
        self.request = request
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(connection: connection, request: request)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let connection: LDAPConnection
        let request: SearchRequest
        private var items: [SearchItem] = []
        private var index = 0
        private var finished = false
        /// The next page, requested as soon as the current one's cookie arrived.
        private var upcoming: Task<SearchPage, any Error>?

        init(connection: LDAPConnection, request: SearchRequest) {
            self.connection = connection
            self.request = request
        }

        public mutating func next() async throws -> SearchItem? {
            while index == items.count {
                let page: SearchPage
                if let upcoming {
                    self.upcoming = nil
                    page = try await upcoming.value
                } else if finished {
                    return nil
                } else {
                    page = try await connection.searchPage(request, cookie: [])
                }
                items = page.items
                index = 0
                finished = page.cookie.isEmpty || request.pageSize == nil
                if !finished {
                    let connection = connection, request = request, cookie = page.cookie
                    upcoming = Task { try await connection.searchPage(request, cookie: cookie) }
                }
            }
            defer { index += 1 }
            return items[index]
        }
    }
}
