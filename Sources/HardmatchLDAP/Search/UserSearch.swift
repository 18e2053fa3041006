import HardmatchCore

/// The users of an Active Directory domain, read as SPEC §3 records.
///
/// Maps each entry of a search, paged over one connection or partitioned over several,
/// with the mapping every source shares.
public struct UserSearch: AsyncSequence, Sendable {
    /// User accounts: people, not computers (which are `objectClass=user` too) or contacts.
    public static let defaultFilter = "(&(objectCategory=person)(objectClass=user))"

    /// One thing the search found.
    public enum Event: Sendable {
        case user(OnPremUser)
        /// An entry the mapping refused; reported so that no user goes missing silently.
        case problem(OnPremUserMapping.Problem)
        /// A search continuation reference, which is not data.
        case reference([String])
    }

    public typealias Element = Event

    private enum Source: Sendable {
        case paged(PagedSearch)
        case partitioned(PartitionedSearch)
    }

    private let source: Source

    /// The search for the users under `base`.
    ///
    /// `rangeStep` asks for `proxyAddresses` in ranges of that many values, as AD does by
    /// itself past 1,500; a small step exercises the continuation against any server.
    public static func request(base: String, filter: String? = nil, pageSize: Int = 1000, rangeStep: Int? = nil) -> SearchRequest {
        let attributes = OnPremUserMapping.attributes.map { name in
            guard name == "proxyAddresses", let rangeStep else { return name }
            return RangedAttribute.request(name, from: 0, step: rangeStep)
        }
        return SearchRequest(
            base: base, scope: .subtree, filter: filter ?? defaultFilter,
            attributes: attributes, pageSize: pageSize, rangeStep: rangeStep
        )
    }

    /// Reads the users under `base` over one connection.
    public init(connection: LDAPConnection, base: String, filter: String? = nil, pageSize: Int = 1000, rangeStep: Int? = nil) {
        let request = Self.request(base: base, filter: filter, pageSize: pageSize, rangeStep: rangeStep)
        source = .paged(PagedSearch(connection: connection, request: request))
    }

    /// Reads the users of a search paged over one connection.
    public init(_ search: PagedSearch) {
        source = .paged(search)
    }

    /// Reads the users of a search partitioned over several connections.
    public init(_ search: PartitionedSearch) {
        source = .partitioned(search)
    }

    public func makeAsyncIterator() -> Iterator {
        switch source {
        case .paged(let search): return Iterator(base: .paged(search.makeAsyncIterator()))
        case .partitioned(let search): return Iterator(base: .partitioned(search.makeAsyncIterator()))
        }
    }

    public struct Iterator: AsyncIteratorProtocol {
        enum Base {
            case paged(PagedSearch.Iterator)
            case partitioned(PartitionedSearch.Iterator)
        }

        var base: Base

        public mutating func next() async throws -> Event? {
            let item: SearchItem?
            switch base {
            case .paged(var iterator):
                item = try await iterator.next()
                base = .paged(iterator)
            case .partitioned(var iterator):
                item = try await iterator.next()
                base = .partitioned(iterator)
            }
            guard let item else { return nil }
            switch item {
            case .reference(let urls):
                return .reference(urls)
            case .entry(let entry):
                do {
                    return .user(try OnPremUserMapping.map(entry))
                } catch {
                    return .problem(error)
                }
            }
        }
    }
}
