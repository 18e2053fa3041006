/// A multimap from a 64-bit key hash to positions in a user list, built for millions of keys.
///
/// It stores no keys: a lookup names the hash and a test that the user at a position
/// really has the key, so a hash collision costs a comparison, never a wrong match, and
/// building the table copies no `String`. Open addressing with linear probing in one flat
/// array of 8-byte slots (the high 32 bits of the hash are kept beside the position and
/// pick the slot, so the table can grow without the keys: one cache miss per probe), kept
/// at most half full; nothing is ever removed, so the positions of one key come back in
/// insertion order.
struct PositionTable {
    private struct Slot {
        /// The high half of the hash.
        var tag: UInt32
        /// `position + 1`; 0 marks an empty slot.
        var stored: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(tag: 0, stored: 0), count: size)
        mask = size - 1
    }

    /// Adds `position` under `hash`, once however often it is added; returns the first
    /// other position already stored under a hash like it (a key that may be shared).
    ///
    /// A position stored once stands for every key of that user that hashes alike:
    /// lookups test the user's keys, not which key was inserted.
    @discardableResult
    mutating func insert(_ hash: UInt64, _ position: Int) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let stored = Int32(truncatingIfNeeded: position + 1)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var other: Int?
        var slot = Int(tag) & mask
        while slots[slot].stored != 0 {
            if slots[slot].tag == tag {
                if slots[slot].stored == stored { return other }
                if other == nil { other = Int(slots[slot].stored) - 1 }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(tag: tag, stored: stored)
        count += 1
        return other
    }

    /// Calls `body` with each position under `hash` for which `matches` holds, in insertion order.
    func forEach(_ hash: UInt64, where matches: (Int) -> Bool, _ body: (Int) -> Void) {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(tag) & mask
        while slots[slot].stored != 0 {
            if slots[slot].tag == tag {
                let position = Int(slots[slot].stored) - 1
                if matches(position) { body(position) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The positions under `hash` for which `matches` holds, in insertion order.
    func positions(_ hash: UInt64, where matches: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        forEach(hash, where: matches) { found.append($0) }
        return found
    }

    // MARK: - Growing

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(tag: 0, stored: 0), count: old.count * 2)
        mask = slots.count - 1
        // Start after an empty slot, so that each probe run is copied from its start and a
        // key's positions keep their insertion order even when the run wraps around.
        let start = old.firstIndex { $0.stored == 0 } ?? 0
        for offset in 1...old.count {
            let entry = old[(start + offset) & (old.count - 1)]
            guard entry.stored != 0 else { continue }
            var slot = Int(entry.tag) & mask
            while slots[slot].stored != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
