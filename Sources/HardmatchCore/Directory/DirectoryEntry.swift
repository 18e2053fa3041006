/// One object as a directory source delivers it: a DN and raw attribute values.
///
/// The LDAP reader and the LDIF reader both produce this, so that the mapping to a user
/// record is written once. Values stay bytes because `objectGUID` and
/// `mS-DS-ConsistencyGuid` are binary; names are matched case-insensitively, as LDAP does.
///
/// Every name and value lives in one byte buffer, found through two small tables of
/// offsets. A million-user export would otherwise allocate, reference-count and free an
/// array per value and a string per name; this way an entry is three buffers, and a reader
/// that `reset`s the entry it is done with reuses them for the next one.
public struct DirectoryEntry: Sendable {
    /// One attribute: where its folded name is in `storage`, and its chain of values.
    private struct Attribute: Sendable {
        var fingerprint: UInt64
        var name: Range<Int>
        /// Indexes into `valueList`; -1 while the attribute has no value.
        var first = -1
        var last = -1
        var count = 0
    }

    /// One value: where its bytes are in `storage`, and the attribute's next value.
    private struct Value: Sendable {
        var bytes: Range<Int>
        var next = -1
    }

    /// Where an attribute sits in one entry, for appending values without a lookup each;
    /// valid for that entry until its next `reset`.
    public struct AttributeIndex: Sendable, Equatable {
        fileprivate let position: Int
    }

    /// Shared by an entry and its copies, so that `reset` can tell whether a copy (a record
    /// the caller kept) may still hold the buffers.
    private final class Owner: Sendable {}

    public var dn: String
    private var storage: [UInt8] = []
    private var attributeList: [Attribute] = []
    private var valueList: [Value] = []
    private var owner = Owner()

    public init(dn: String, attributes: [String: [[UInt8]]] = [:]) {
        self.dn = dn
        for (name, values) in attributes { append(values, to: AttributeName(name)) }
    }

    /// Values by attribute name, `A`–`Z` folded to lower case; attributes without values left out.
    public var attributes: [String: [[UInt8]]] {
        var result: [String: [[UInt8]]] = [:]
        for attribute in attributeList where attribute.count > 0 {
            result[String(decoding: storage[attribute.name], as: UTF8.self)] = collect(attribute) { Array($0) }
        }
        return result
    }

    // MARK: - Adding

    /// Empties the entry for the next object, keeping its buffers' capacity when no copy of
    /// the entry is left: a reader that hands out each entry and resets it for the next
    /// allocates nothing once the caller drops the records it was given.
    ///
    /// When the caller keeps them, the entry starts over with empty buffers instead, so that
    /// every later entry is sized by its own content, not by the largest one read so far.
    public mutating func reset(dn: String) {
        self.dn = dn
        if isKnownUniquelyReferenced(&owner) {
            storage.removeAll(keepingCapacity: true)
            attributeList.removeAll(keepingCapacity: true)
            valueList.removeAll(keepingCapacity: true)
        } else {
            owner = Owner()
            storage = []
            attributeList = []
            valueList = []
        }
    }

    /// The attribute called `name`, added without values if the entry does not have it yet.
    public mutating func index(of name: AttributeName) -> AttributeIndex {
        name.folded.withUnsafeBufferPointer { index(folding: $0, fingerprint: name.fingerprint) }
    }

    /// The attribute whose name is `bytes` in any case, such as an LDIF line's attribute
    /// type, added without values if new: for readers that have the name only as bytes.
    public mutating func index(folding bytes: UnsafeBufferPointer<UInt8>) -> AttributeIndex {
        index(folding: bytes, fingerprint: AttributeName.fingerprint(of: bytes))
    }

    private mutating func index(folding bytes: UnsafeBufferPointer<UInt8>, fingerprint: UInt64) -> AttributeIndex {
        if let position = find(bytes, fingerprint: fingerprint) { return AttributeIndex(position: position) }
        let start = storage.count
        storage.append(contentsOf: bytes)
        storage.withUnsafeMutableBufferPointer { storage in
            for offset in start..<storage.count { storage[offset] = AttributeName.fold(storage[offset]) }
        }
        attributeList.append(Attribute(fingerprint: fingerprint, name: start..<storage.count))
        return AttributeIndex(position: attributeList.count - 1)
    }

    /// Adds one value after the attribute's others.
    public mutating func append(_ value: UnsafeBufferPointer<UInt8>, to index: AttributeIndex) {
        appendValue(to: index) { $0.append(contentsOf: value) }
    }

    /// Adds one value whose bytes `write` appends to the buffer it is given (and must only
    /// append), such as a decoder writing straight into the entry; when `write` throws, the
    /// entry is as before.
    public mutating func appendValue<Failure: Error>(
        to index: AttributeIndex, _ write: (inout [UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        let start = storage.count
        do {
            try write(&storage)
        } catch {
            precondition(storage.count >= start, "DirectoryEntry.appendValue: the writer removed bytes")
            storage.removeSubrange(start...)
            throw error
        }
        precondition(storage.count >= start, "DirectoryEntry.appendValue: the writer removed bytes")
        let position = valueList.count
        valueList.append(Value(bytes: start..<storage.count))
        let last = attributeList[index.position].last
        if last >= 0 {
            valueList[last].next = position
        } else {
            attributeList[index.position].first = position
        }
        attributeList[index.position].last = position
        attributeList[index.position].count += 1
    }

    /// Adds values to an attribute, keeping the order they arrived in.
    public mutating func append(_ values: [[UInt8]], to name: AttributeName) {
        let index = index(of: name)
        for value in values {
            value.withUnsafeBufferPointer { append($0, to: index) }
        }
    }

    public mutating func append(_ value: [UInt8], to name: AttributeName) {
        append([value], to: name)
    }

    // MARK: - Reading

    /// True when the attribute has at least one value.
    public func contains(_ name: AttributeName) -> Bool {
        guard let position = find(name) else { return false }
        return attributeList[position].count > 0
    }

    /// All values of an attribute, in stored order; empty when absent.
    public func values(_ name: AttributeName) -> [[UInt8]] {
        guard let position = find(name) else { return [] }
        return collect(attributeList[position]) { Array($0) }
    }

    /// The first value as UTF-8 text, or nil when absent.
    public func string(_ name: AttributeName) -> String? {
        withFirstValue(name) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every value as UTF-8 text.
    public func strings(_ name: AttributeName) -> [String] {
        guard let position = find(name) else { return [] }
        return collect(attributeList[position]) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` applied to the first value's bytes, without copying them; nil when absent.
    public func withFirstValue<Result>(
        _ name: AttributeName, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        guard let position = find(name) else { return nil }
        let first = attributeList[position].first
        guard first >= 0 else { return nil }
        return try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[valueList[first].bytes])) }
    }

    /// True when some value of the attribute satisfies `predicate`, which sees the bytes in place.
    public func containsValue(_ name: AttributeName, where predicate: (UnsafeBufferPointer<UInt8>) throws -> Bool) rethrows -> Bool {
        guard let position = find(name) else { return false }
        return try storage.withUnsafeBufferPointer { storage in
            var next = attributeList[position].first
            while next >= 0 {
                if try predicate(UnsafeBufferPointer(rebasing: storage[valueList[next].bytes])) { return true }
                next = valueList[next].next
            }
            return false
        }
    }

    /// Each value of `attribute`, in order, transformed by `transform`.
    private func collect<Element>(_ attribute: Attribute, _ transform: (UnsafeBufferPointer<UInt8>) -> Element) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(attribute.count)
        storage.withUnsafeBufferPointer { storage in
            var next = attribute.first
            while next >= 0 {
                result.append(transform(UnsafeBufferPointer(rebasing: storage[valueList[next].bytes])))
                next = valueList[next].next
            }
        }
        return result
    }

    // MARK: - Names

    /// The position of an attribute in `attributeList`.
    private func find(_ name: AttributeName) -> Int? {
        name.folded.withUnsafeBufferPointer { find($0, fingerprint: name.fingerprint) }
    }

    /// The position of the attribute whose name is `bytes` in any case: fingerprints first,
    /// then the bytes of the names too long for their fingerprint to be the whole name.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, fingerprint: UInt64) -> Int? {
        for position in attributeList.indices where attributeList[position].fingerprint == fingerprint {
            let stored = attributeList[position].name
            if stored.count <= 7 || storage.withUnsafeBufferPointer({
                AttributeName.equal(folded: UnsafeBufferPointer(rebasing: $0[stored]), toFolding: bytes)
            }) {
                return position
            }
        }
        return nil
    }
}

extension DirectoryEntry: Equatable {
    /// Equal when the DN and every attribute's values are, whatever order the names arrived in.
    public static func == (lhs: DirectoryEntry, rhs: DirectoryEntry) -> Bool {
        lhs.dn == rhs.dn && lhs.attributes == rhs.attributes
    }
}
