/// Bytes appended in runs and found again by a 40-bit offset: the storage of `ValueTable`.
///
/// Chunks of 1 MiB rather than one growing array: an array that doubles copies everything
/// it holds and briefly needs three times its size, which at a million users is hundreds
/// of megabytes of peak memory for nothing. A run never straddles two chunks, so it can be
/// read as one buffer; a run longer than a chunk gets a chunk of its own.
struct ByteArena: Sendable {
    static let chunkShift = 20
    static let chunkSize = 1 << chunkShift
    /// Offsets are below this: they fit the 40 bits `ValueTable` keeps of them.
    static let offsetLimit: UInt64 = 1 << 40

    private var chunks: [[UInt8]] = []

    /// Starts a run of up to `capacity` bytes and returns its offset; `append` fills it.
    mutating func startRun(capacity: Int) -> UInt64 {
        if let last = chunks.last, last.capacity - last.count >= capacity, last.count + capacity <= Self.chunkSize {
            return UInt64(chunks.count - 1) << Self.chunkShift | UInt64(last.count)
        }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(max(Self.chunkSize, capacity))
        chunks.append(chunk)
        let offset = UInt64(chunks.count - 1) << Self.chunkShift
        precondition(offset < Self.offsetLimit - UInt64(Self.chunkSize), "more than 1 TiB of values")
        return offset
    }

    /// Appends to the run last started (within the capacity it was started with).
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        chunks[chunks.count - 1].append(contentsOf: bytes)
    }

    subscript(offset: UInt64) -> UInt8 {
        get { chunks[Int(offset >> Self.chunkShift)][Int(offset & UInt64(Self.chunkSize - 1))] }
        set { chunks[Int(offset >> Self.chunkShift)][Int(offset & UInt64(Self.chunkSize - 1))] = newValue }
    }

    /// Calls `body` with `count` bytes from `offset`, which lie in one run.
    func withBytes<Result>(at offset: UInt64, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(offset & UInt64(Self.chunkSize - 1))
        return chunks[Int(offset >> Self.chunkShift)].withUnsafeBufferPointer { chunk in
            body(UnsafeBufferPointer(rebasing: chunk[start..<start + count]))
        }
    }
}
