/// One value kept by `ValueTable`, as laid out in its arena: a few variable-length numbers,
/// then the bytes.
///
/// `flags`, `namespace`, `prefix`, `holder distance`, `length`, then `length` bytes. The
/// holder (the record of the user's DN) was stored just before the user's values, so its
/// distance back nearly always fits one byte, where an absolute offset would take five;
/// with short numbers a record costs six bytes more than its value.
struct ValueRecord: Sendable, Equatable {
    /// Where the record starts in the arena: names the record, and its value, for good.
    var offset: UInt64
    var namespace: UInt32
    /// Caller-defined, kept as given: which attribute held the value (0–7).
    var attribute: UInt8
    /// Caller-defined, kept as given: the stored proxy address type, by number.
    var prefix: UInt32
    /// The record this one belongs to (the holder's DN); itself for a record that was given none.
    var holder: UInt64
    var reported: Bool
    /// The value as stored lies elsewhere (`ValueTable`'s side table): the bytes here are
    /// only what is compared, or the record is not in the hash slots at all.
    var storedElsewhere: Bool
    var unslotted: Bool
    /// Where the value's bytes start, and how many.
    var bytesOffset: UInt64
    var length: Int

    // MARK: - Flags

    static let reportedFlag: UInt8 = 0x08
    static let storedElsewhereFlag: UInt8 = 0x10
    static let unslottedFlag: UInt8 = 0x20

    /// The most bytes a header takes: flags and four numbers of up to ten bytes each.
    static let maximumHeaderLength = 1 + 4 * 10

    // MARK: - Reading and writing

    /// Reads the record at `offset`.
    init(at offset: UInt64, in arena: ByteArena) {
        self.offset = offset
        var cursor = offset
        let flags = arena[cursor]
        cursor += 1
        attribute = flags & 0x07
        reported = flags & Self.reportedFlag != 0
        storedElsewhere = flags & Self.storedElsewhereFlag != 0
        unslotted = flags & Self.unslottedFlag != 0
        namespace = UInt32(truncatingIfNeeded: Self.readNumber(arena, &cursor))
        prefix = UInt32(truncatingIfNeeded: Self.readNumber(arena, &cursor))
        holder = offset - Self.readNumber(arena, &cursor)
        length = Int(Self.readNumber(arena, &cursor))
        bytesOffset = cursor
    }

    /// Appends a record for `bytes` and returns its offset.
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, namespace: UInt32, attribute: UInt8, prefix: UInt32, holder: UInt64?,
        storedElsewhere: Bool, unslotted: Bool, to arena: inout ByteArena
    ) -> UInt64 {
        let offset = arena.startRun(capacity: maximumHeaderLength + bytes.count)
        var flags = attribute & 0x07
        if storedElsewhere { flags |= storedElsewhereFlag }
        if unslotted { flags |= unslottedFlag }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumHeaderLength) { header in
            header[0] = flags
            var count = 1
            writeNumber(UInt64(namespace), to: header, at: &count)
            writeNumber(UInt64(prefix), to: header, at: &count)
            writeNumber(holder.map { offset - $0 } ?? 0, to: header, at: &count)
            writeNumber(UInt64(bytes.count), to: header, at: &count)
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: header[..<count]))
        }
        arena.append(contentsOf: bytes)
        return offset
    }

    /// Sets the reported flag of the record at `offset`.
    static func markReported(at offset: UInt64, in arena: inout ByteArena) {
        arena[offset] |= reportedFlag
    }

    // MARK: - Numbers

    /// LEB128: seven bits a byte, the high bit set on all but the last.
    private static func writeNumber(_ value: UInt64, to header: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        var rest = value
        while rest >= 0x80 {
            header[count] = UInt8(truncatingIfNeeded: rest) | 0x80
            count += 1
            rest >>= 7
        }
        header[count] = UInt8(rest)
        count += 1
    }

    private static func readNumber(_ arena: ByteArena, _ cursor: inout UInt64) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = arena[cursor]
            cursor += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
