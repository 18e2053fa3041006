import HardmatchCore

/// The users of an Active Directory domain, read as SPEC §3 records.
///
/// Wraps a paged search with the default scope (the RootDSE's `defaultNamingContext`)
/// and filter (user accounts), and maps each entry with the mapping every source shares.
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

    let search: PagedSearch

    /// Prepares the search under `base`.
    ///
    /// `rangeStep` asks for `proxyAddresses` in ranges of that many values, as AD does by
    /// itself past 1,500; a small step exercises the continuation against any server.
    public init(connection: LDAPConnection, base: String, filter: String? = nil, pageSize: Int = 1000, rangeStep: Int? = nil) {
        let attributes = OnPremUserMapping.attributes.map { name in
            guard name == "proxyAddresses", let rangeStep else { return name }
            return RangedAttribute.request(name, from: 0, step: rangeStep)
        }
        let request = SearchRequest(
            base: base, scope: .subtree, filter: filter ?? Self.defaultFilter,
            attributes: attributes, pageSize: pageSize, rangeStep: rangeStep
        )
        search = PagedSearch(connection: connection, request: request)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: search.makeAsyncIterator())
    }

    public struct Iterator: AsyncIteratorProtocol {
        var base: PagedSearch.Iterator

        public mutating func next() async throws -> Event? {
            guard let item = try await base.next() else { return nil }
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
