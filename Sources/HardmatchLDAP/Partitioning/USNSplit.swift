/// Where to cut one search into parts of about the same number of entries.
///
/// Update sequence numbers are not spread evenly over users: a bulk import takes a dense
/// run of them, years of group changes and computers take the numbers in between. The cuts
/// come from a sample: the first page of the search, asking for `uSNCreated` alone.
///
/// What that page is depends on the server. Samba returns a search in the order of its GUID
/// index, so the page is a random sample and its quantiles cut the users into equal parts.
/// AD returns it in the order of the index it chose, which for the user filter is creation
/// order: the page is then the oldest users, in rising `uSNCreated`, and says nothing of the
/// rest, whose range is cut at equal distances.
public enum USNSplit {
    /// The parts that cover every entry exactly once: the first also takes the entries
    /// without a readable `uSNCreated`, the last has no upper bound and so takes the objects
    /// created after `highestCommitted` was read. Closed parts come first; the open one last.
    ///
    /// - Parameters:
    ///   - sample: `uSNCreated` values of a first page of the search, in the server's order.
    ///   - sampleIsComplete: the sample is the whole search (no page follows).
    ///   - highestCommitted: the server's `highestCommittedUSN` when the read began.
    ///   - parts: how many parts to aim for.
    public static func partitions(sample: [Int64], sampleIsComplete: Bool, highestCommitted: Int64, parts: Int) -> [USNPartition] {
        var cuts: [Int64] = []
        let values = sample.filter { $0 <= highestCommitted }
        if parts > 1, let top = values.max() {
            if !sampleIsComplete && isOldestFirst(values) {
                cuts.append(top + 1)
                let width = (highestCommitted - top) / Int64(parts)
                if width > 0 {
                    for index in 1..<parts { cuts.append(top + 1 + Int64(index) * width) }
                }
            } else {
                let sorted = values.sorted()
                for index in 1..<parts { cuts.append(sorted[index * sorted.count / parts]) }
            }
        }
        cuts = Set(cuts.filter { $0 <= highestCommitted }).sorted()

        var partitions: [USNPartition] = []
        var lowest: Int64? = nil
        for cut in cuts where lowest.map({ cut > $0 }) ?? true {
            partitions.append(USNPartition(lowest: lowest, highest: cut - 1, takesEntriesWithoutUSN: lowest == nil))
            lowest = cut
        }
        partitions.append(USNPartition(lowest: lowest, highest: highestCommitted, takesEntriesWithoutUSN: lowest == nil))
        partitions.append(USNPartition(lowest: highestCommitted + 1, highest: nil))
        return partitions
    }

    /// True when a page came in rising `uSNCreated` order (nine steps in ten up): the
    /// server walked an index in creation order, and the page holds the oldest entries only.
    static func isOldestFirst(_ values: [Int64]) -> Bool {
        guard values.count > 2 else { return false }
        var rising = 0
        for index in values.indices.dropFirst() where values[index] > values[index - 1] { rising += 1 }
        return rising * 10 >= (values.count - 1) * 9
    }
}
