/// A multimap from a normalised key (a folded address, an anchor) to positions in a user
/// list, for `MappingResolver` (the plan's own indexes are `PositionTable`s).
///
/// Almost every key names one user, so the first position is stored inline and only the
/// rare second and later ones go to a side table: a `[String: [Int]]` would allocate an
/// array per key.
struct KeyIndex<Key: Hashable> {
    private var first: [Key: Int32] = [:]
    private var more: [Key: [Int32]] = [:]

    init(capacity: Int = 0) {
        first.reserveCapacity(capacity)
    }

    /// Adds `position` under `key`, once however often it is added.
    mutating func insert(_ key: Key, _ position: Int) {
        let value = Int32(truncatingIfNeeded: position)
        // One hash lookup for the common case, a new key.
        guard let existing = first.updateValue(value, forKey: key) else { return }
        guard existing != value else { return }
        first[key] = existing
        if let others = more[key], others.contains(value) { return }
        more[key, default: []].append(value)
    }

    /// The positions under `key`, in insertion order.
    func positions(_ key: Key) -> [Int] {
        guard let head = first[key] else { return [] }
        guard let others = more[key] else { return [Int(head)] }
        return [Int(head)] + others.map(Int.init)
    }
}
