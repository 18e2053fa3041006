/// Decides whether and where to cut a search, from what the server says of itself.
public enum PartitionPlanner {
    /// The parts to read `request` in over `connections` connections to the server
    /// `connection` reached; nil when one connection should read it all: one was asked for,
    /// the search is not paged, the server keeps no update sequence numbers (not AD or
    /// Samba), or the probes say the search holds less than a page or two, which parts would
    /// only slow down.
    ///
    /// Costs one RootDSE read and one to four small probe searches (`USNProbe`).
    /// `parts` overrides how many ranges (default: one a connection) and cuts even a small search.
    public static func partitions(of request: SearchRequest, on connection: LDAPConnection, connections: Int, parts: Int? = nil) async throws -> [USNPartition]? {
        guard connections > 1, let pageSize = request.pageSize else { return nil }
        guard let highest = try await connection.highestCommittedUSN(), highest > 0 else { return nil }
        let wanted = parts ?? connections
        var hits: [Int64] = []
        var probed = 0
        for round in 0..<USNProbe.maximumRounds where hits.count < wanted * USNProbe.hitsPerPart {
            let points = USNProbe.points(round: round, highest: highest)
            probed += points.count
            var probe = request
            probe.filter = USNProbe.filter(narrowing: request.filter, points: points)
            probe.attributes = ["uSNCreated"]
            probe.rangeStep = nil
            probe.pageSize = max(pageSize, USNProbe.pointsPerRound)
            for try await case .entry(let entry) in PagedSearch(connection: connection, request: probe) {
                if let value = entry.string("uSNCreated").flatMap({ Int64($0) }) { hits.append(value) }
            }
            if probed >= highest { break }
        }
        if parts == nil, USNProbe.estimatedEntries(hits: hits.count, probed: probed, highest: highest) < Int64(2 * pageSize) {
            return nil
        }
        return USNSplit.partitions(hits: hits, highestCommitted: highest, parts: wanted)
    }
}
