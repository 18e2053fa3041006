/// Where to cut one search into parts of about the same number of entries.
///
/// Update sequence numbers are not spread evenly over users: provisioning takes the first
/// few thousand for schema and configuration, a bulk import takes a dense run, years of group
/// changes and computers take the numbers in between. Equal distances would give one
/// connection most of the users. The cuts come instead from probes (`USNProbe`): the users
/// created at evenly spaced numbers, whose quantiles estimate those of all the users.
public enum USNSplit {
    /// The parts that cover every entry exactly once: up to `parts` ranges up to
    /// `highestCommitted` (the first also takes the entries without a readable
    /// `uSNCreated`), then one without an upper bound, for the objects created after
    /// `highestCommitted` was read, which `PartitionQueue` hands out after all the others.
    ///
    /// The ranges are cut at the quantiles of `hits`, the `uSNCreated` of users the probes
    /// found; with fewer hits than parts, at equal distances.
    public static func partitions(hits: [Int64], highestCommitted: Int64, parts: Int) -> [USNPartition] {
        let highest = max(highestCommitted, 0)
        let sorted = hits.filter { $0 > 0 && $0 <= highest }.sorted()
        var cuts: [Int64] = []
        if parts > 1 {
            if sorted.count >= parts {
                for index in 1..<parts { cuts.append(sorted[index * sorted.count / parts]) }
            } else {
                for index in 1..<parts { cuts.append(highest * Int64(index) / Int64(parts) + 1) }
            }
        }
        var partitions: [USNPartition] = []
        var lowest: Int64? = nil
        for cut in Set(cuts).sorted() where cut > (lowest ?? 1) && cut <= highest {
            partitions.append(USNPartition(lowest: lowest, highest: cut - 1, takesEntriesWithoutUSN: lowest == nil))
            lowest = cut
        }
        partitions.append(USNPartition(lowest: lowest, highest: highest, takesEntriesWithoutUSN: lowest == nil))
        partitions.append(USNPartition(lowest: highest + 1, highest: nil))
        return partitions
    }
}
