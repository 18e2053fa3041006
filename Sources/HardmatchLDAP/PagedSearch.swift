import HardmatchCore

/// A search streamed page by page with the paged-results control (RFC 2696).
///
/// Only one page is held in memory at a time: the next is requested when the consumer
/// has taken every item of the current one, so a dump of 100,000 users needs the memory
/// of one page, not of the directory.
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
        private var cookie: [UInt8] = []
        private var finished = false

        init(connection: LDAPConnection, request: SearchRequest) {
            self.connection = connection
            self.request = request
        }

        public mutating func next() async throws -> SearchItem? {
            while index == items.count {
                if finished { return nil }
                let page = try await connection.searchPage(request, cookie: cookie)
                items = page.items
                index = 0
                cookie = page.cookie
                finished = page.cookie.isEmpty || request.pageSize == nil
            }
            defer { index += 1 }
            return items[index]
        }
    }
}
