/// The DN of every user `check` has seen, numbered in arrival order, and which DN came twice.
///
/// The duplicate rule names the other holder of a value long after that user has gone, so
/// every DN is kept; as UTF-8 back to back, since a `String` per user would cost twice as
/// much. A hash of each DN finds a repeat (the same entry twice in one export) without a
/// second copy of the text.
struct DistinguishedNameTable: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Hash of a DN's bytes → the number of the first DN with that hash. Two different DNs
    /// with one hash are both kept; the later is then not looked up by `number(of:)`.
    private var numbers: [Int: Int32] = [:]

    var count: Int { ends.count }

    /// Adds `dn` and returns its number, or returns the number it already has and false
    /// when it was added before.
    mutating func insert(_ dn: String) -> (number: Int32, inserted: Bool) {
        let hash = Self.hash(dn)
        if let known = numbers[hash], equals(known, dn) { return (known, false) }
        let number = Int32(truncatingIfNeeded: ends.count)
        bytes.append(contentsOf: dn.utf8)
        ends.append(bytes.count)
        if numbers[hash] == nil { numbers[hash] = number }
        return (number, true)
    }

    /// The number `dn` was given, if it was added.
    func number(of dn: String) -> Int32? {
        guard let known = numbers[Self.hash(dn)], equals(known, dn) else { return nil }
        return known
    }

    subscript(number: Int32) -> String {
        String(decoding: bytes[range(number)], as: UTF8.self)
    }

    // MARK: - Internals

    private func range(_ number: Int32) -> Range<Int> {
        let index = Int(number)
        return (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    private func equals(_ number: Int32, _ dn: String) -> Bool {
        bytes[range(number)].elementsEqual(dn.utf8)
    }

    private static func hash(_ dn: String) -> Int {
        var hasher = Hasher()
        let hashed: Void? = dn.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in dn.utf8 { hasher.combine(byte) } }
        return hasher.finalize()
    }
}
