/// Decides whether and where to cut a search, from what the server says of itself.
public enum PartitionPlanner {
    /// The parts to read `request` in over `parts` connections to the server `connection`
    /// reached; nil when one connection should read it all: the server keeps no update
    /// sequence numbers (not AD or Samba), or the search fits in one page.
    ///
    /// Costs one RootDSE read and the first page of the search with `uSNCreated` alone.
    public static func partitions(of request: SearchRequest, on connection: LDAPConnection, parts: Int) async throws(LDAPError) -> [USNPartition]? {
        guard parts > 1, let pageSize = request.pageSize, pageSize > 0 else { return nil }
        guard let text = try await connection.rootDSE().string("highestCommittedUSN"), let highest = Int64(text) else {
            return nil
        }
        var sample = request
        sample.attributes = ["uSNCreated"]
        sample.rangeStep = nil
        let page = try await connection.searchPage(sample, cookie: [])
        guard !page.cookie.isEmpty else { return nil }
        try await connection.endPagedSearch(sample, cookie: page.cookie)
        var values: [Int64] = []
        values.reserveCapacity(page.items.count)
        for case .entry(let entry) in page.items {
            if let text = entry.string("uSNCreated"), let value = Int64(text) { values.append(value) }
        }
        guard values.count >= parts else { return nil }
        return USNSplit.partitions(sample: values, sampleIsComplete: false, highestCommitted: highest, parts: parts)
    }
}
