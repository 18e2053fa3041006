/// Hands out the parts of a partitioned search to whichever connection is free.
///
/// The part without an upper bound, which takes the objects created while the read runs,
/// goes out only after every other part has been read to its end: a user created before
/// that moment is then read exactly once, whichever part its creation fell in.
actor PartitionQueue {
    private var waiting: [USNPartition]
    private var lastOnes: [USNPartition]
    private var reading = 0

    init(_ partitions: [USNPartition]) {
        waiting = partitions.filter { $0.highest != nil }
        lastOnes = partitions.filter { $0.highest == nil }
    }

    /// The next part to read, after the caller finished the one it had (if any);
    /// nil when there is nothing left for it.
    func next(finishedOne: Bool) -> USNPartition? {
        if finishedOne { reading -= 1 }
        if !waiting.isEmpty {
            reading += 1
            return waiting.removeFirst()
        }
        if reading == 0, !lastOnes.isEmpty {
            reading += 1
            return lastOnes.removeFirst()
        }
        return nil
    }
}
