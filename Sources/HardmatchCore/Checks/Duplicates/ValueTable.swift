/// A set of values in numbered namespaces, each kept once with who holds it: the memory of
/// `DuplicateValueRule`.
///
/// An open-addressing hash table over one byte arena. Each value is a `ValueRecord` in the
/// arena (its bytes and a few short numbers); a slot holds the record's offset and the top
/// 24 bits of its hash, so a probe reads the arena only when those bits agree, and a hit is
/// confirmed on the full bytes: two values are never taken for one because their hashes
/// collide. Slots are indexed by the hash's top bits, so growing the table (up to 2^24 slots)
/// re-places every slot from its tag alone, without reading the arena again.
///
/// Compared to a `[Key: Holder]` dictionary this keeps no `String` per value and no
/// per-value allocation: in `Benchmarks/check`, a DN and four values a user, about 330
/// bytes a user instead of ~1.4 KB.
///
/// Two ways to compare, chosen per call and never mixed in one namespace:
/// - `folded`: `FoldedKey`, trimmed and case-insensitive like `lowercased()`, Unicode included;
/// - `exact`: the bytes as they are (distinguished names, as the old DN table compared them).
struct ValueTable: Sendable {
    enum Matching: Sendable {
        case folded
        case exact
    }

    /// What a new record holds besides its value; see `ValueRecord`.
    struct Details: Sendable {
        var attribute: UInt8 = 0
        var prefix: UInt32 = 0
        var holder: UInt64?
    }

    private static let tagShift: UInt64 = 40
    private static let offsetMask: UInt64 = (1 << 40) - 1

    private var arena = ByteArena()
    /// 0: empty; otherwise the top 24 bits of the hash, then the record's offset plus one.
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    private var slotBits: UInt64 = 10
    private var slotted = 0
    /// The value as stored, for the few records whose bytes are not it (whitespace around
    /// it, or lower-cased by Unicode rules).
    private var storedValues: [UInt64: String] = [:]
    /// Values that are not ASCII even lower-cased, compared as `String`s.
    private var unicodeKeys: [UnicodeKey: UInt64] = [:]
    /// ANDed into every hash: tests set 0 to make every value collide.
    var hashMask: UInt64 = ~0
    /// Up to this many slot bits a slot is re-placed from its tag (24 bits); tests lower it
    /// to take the path beyond, where the hash is computed again from the record.
    var tagPlacedBits: UInt64 = 64 - tagShift

    private struct UnicodeKey: Hashable, Sendable {
        var namespace: UInt32
        var value: String
    }

    /// Values held.
    var count: Int { slotted + unicodeKeys.count }

    // MARK: - Looking up and adding

    /// The offset of the record of `value` in `namespace`, adding it with `details` when it
    /// is not there yet; nil when `value` is only whitespace (folded), which is no value.
    mutating func insert(_ value: Substring, _ matching: Matching, namespace: UInt32, details: Details) -> (offset: UInt64, inserted: Bool)? {
        if (slotted + 1) * 4 > slots.count * 3 { grow() }
        return Self.withUTF8(value) { bytes in
            guard matching == .folded else {
                return insertBytes(bytes, matching, namespace: namespace, details: details, stored: nil)
            }
            switch FoldedKey(value, bytes: bytes) {
            case nil:
                return nil
            case .ascii(let range)?:
                let stored = range.count == bytes.count ? nil : String(value)
                return insertBytes(UnsafeBufferPointer(rebasing: bytes[range]), matching, namespace: namespace, details: details, stored: stored)
            case .folded(let folded)?:
                return folded.withUnsafeBufferPointer { insertBytes($0, matching, namespace: namespace, details: details, stored: String(value)) }
            case .unicode(let lowered)?:
                let key = UnicodeKey(namespace: namespace, value: lowered)
                if let known = unicodeKeys[key] { return (known, false) }
                let offset = ValueRecord.append(
                    bytes, namespace: namespace, attribute: details.attribute, prefix: details.prefix, holder: details.holder,
                    storedElsewhere: false, unslotted: true, to: &arena
                )
                unicodeKeys[key] = offset
                return (offset, true)
            }
        }
    }

    /// The record of `value` in `namespace`, if it was added.
    func find(_ value: Substring, _ matching: Matching, namespace: UInt32) -> ValueRecord? {
        Self.withUTF8(value) { bytes in
            guard matching == .folded else { return findBytes(bytes, matching, namespace: namespace) }
            switch FoldedKey(value, bytes: bytes) {
            case nil:
                return nil
            case .ascii(let range)?:
                return findBytes(UnsafeBufferPointer(rebasing: bytes[range]), matching, namespace: namespace)
            case .folded(let folded)?:
                return folded.withUnsafeBufferPointer { findBytes($0, matching, namespace: namespace) }
            case .unicode(let lowered)?:
                return unicodeKeys[UnicodeKey(namespace: namespace, value: lowered)].map(record(at:))
            }
        }
    }

    func record(at offset: UInt64) -> ValueRecord {
        ValueRecord(at: offset, in: arena)
    }

    /// The value exactly as it was given when its record was added.
    func storedValue(of record: ValueRecord) -> String {
        if record.storedElsewhere, let stored = storedValues[record.offset] { return stored }
        return arena.withBytes(at: record.bytesOffset, count: record.length) { String(decoding: $0, as: UTF8.self) }
    }

    mutating func markReported(_ record: ValueRecord) {
        ValueRecord.markReported(at: record.offset, in: &arena)
    }

    // MARK: - Slots

    private mutating func insertBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ matching: Matching, namespace: UInt32, details: Details, stored: String?
    ) -> (offset: UInt64, inserted: Bool) {
        let hash = ASCIIBytes.foldedHash(bytes, seed: UInt64(namespace)) & hashMask
        let (found, slot) = probe(hash, bytes, matching, namespace: namespace)
        if let found { return (found, false) }
        let offset = ValueRecord.append(
            bytes, namespace: namespace, attribute: details.attribute, prefix: details.prefix, holder: details.holder,
            storedElsewhere: stored != nil, unslotted: false, to: &arena
        )
        if let stored { storedValues[offset] = stored }
        slots[slot] = (hash >> Self.tagShift) << Self.tagShift | (offset + 1)
        slotted += 1
        return (offset, true)
    }

    private func findBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ matching: Matching, namespace: UInt32) -> ValueRecord? {
        let hash = ASCIIBytes.foldedHash(bytes, seed: UInt64(namespace)) & hashMask
        return probe(hash, bytes, matching, namespace: namespace).found.map(record(at:))
    }

    /// The offset of the record equal to `bytes`, or the empty slot where it belongs.
    private func probe(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ matching: Matching, namespace: UInt32) -> (found: UInt64?, slot: Int) {
        let tag = hash >> Self.tagShift
        let mask = slots.count - 1
        var index = Int(hash >> (64 - slotBits))
        while true {
            let slot = slots[index]
            if slot == 0 { return (nil, index) }
            if slot >> Self.tagShift == tag {
                let offset = (slot & Self.offsetMask) - 1
                if matches(offset, bytes, matching, namespace: namespace) { return (offset, index) }
            }
            index = (index + 1) & mask
        }
    }

    private func matches(_ offset: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ matching: Matching, namespace: UInt32) -> Bool {
        let candidate = ValueRecord(at: offset, in: arena)
        guard candidate.namespace == namespace, candidate.length == bytes.count else { return false }
        return arena.withBytes(at: candidate.bytesOffset, count: candidate.length) { held in
            switch matching {
            case .folded: return ASCIIBytes.equalFolded(held, bytes)
            case .exact: return held.elementsEqual(bytes)
            }
        }
    }

    /// Doubles the slots. Up to 2^24 slots a slot's new place is its tag's top bits; beyond,
    /// the hash is computed again from the record.
    private mutating func grow() {
        let old = slots
        slotBits += 1
        slots = HugePages.zeroedSlots(1 << slotBits)
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var index: Int
            if slotBits <= tagPlacedBits {
                index = Int(slot >> (64 - slotBits))
            } else {
                let held = record(at: (slot & Self.offsetMask) - 1)
                let hash = arena.withBytes(at: held.bytesOffset, count: held.length) { ASCIIBytes.foldedHash($0, seed: UInt64(held.namespace)) } & hashMask
                index = Int(hash >> (64 - slotBits))
            }
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    // MARK: - Helpers

    fileprivate static func withUTF8<Result>(_ value: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(value)
        return copy.withUTF8(body)
    }
}

extension ValueTable {
    /// A hash of `value`'s folded key, equal for values the table would take for one; nil
    /// for a value that is only whitespace. For a set of hashes where a collision may only
    /// ever withhold something (`DuplicateValueRule`'s account names).
    static func foldedHash(_ value: Substring) -> UInt64? {
        withUTF8(value) { bytes in
            switch FoldedKey(value, bytes: bytes) {
            case nil:
                return nil
            case .ascii(let range)?:
                return ASCIIBytes.foldedHash(UnsafeBufferPointer(rebasing: bytes[range]), seed: 0)
            case .folded(let folded)?:
                return folded.withUnsafeBufferPointer { ASCIIBytes.foldedHash($0, seed: 0) }
            case .unicode(let lowered)?:
                var hasher = Hasher()
                hasher.combine(lowered)
                return UInt64(bitPattern: Int64(hasher.finalize()))
            }
        }
    }
}
