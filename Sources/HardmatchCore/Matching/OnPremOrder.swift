/// The order of the on-premises entries: by DN ignoring case, then by the DN itself, then by objectGUID.
///
/// Sorting a million entries compares DNs some twenty million times. When every DN is
/// ASCII (as in most directories), the folded DNs are written once into one buffer and
/// compared eight bytes at a time; otherwise each folded DN is a `String` compared as
/// `String`s are (Unicode scalars of the normalised form). Both give the same order: for
/// ASCII, `String` order is byte order.
enum OnPremOrder {
    /// Positions in `users`, in plan order.
    static func sorted(_ users: [OnPremUser]) -> [Int] {
        guard let folded = FoldedASCII(dnsOf: users) else {
            let folded = users.map { MatchKey.folded($0.dn) }
            return users.indices.sorted { left, right in
                if folded[left] != folded[right] { return folded[left] < folded[right] }
                return tieBreak(users[left], users[right])
            }
        }
        return folded.bytes.withUnsafeBytes { buffer in
            users.indices.sorted { left, right in
                let order = folded.compare(left, right, in: buffer)
                if order != 0 { return order < 0 }
                return tieBreak(users[left], users[right])
            }
        }
    }

    /// Two DNs equal ignoring case: the DN (so the order never depends on input order), then the GUID.
    private static func tieBreak(_ left: OnPremUser, _ right: OnPremUser) -> Bool {
        if left.dn != right.dn { return left.dn < right.dn }
        return left.objectGUID < right.objectGUID
    }
}

/// ASCII strings lower-cased into one buffer, for comparing without a `String` each.
private struct FoldedASCII {
    private(set) var bytes: [UInt8] = []
    /// String `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]

    /// The DNs of `users`; nil when any is not ASCII.
    init?(dnsOf users: [OnPremUser]) {
        let built: FoldedASCII? = users.withUnsafeBufferPointer { users in
            // Through a buffer pointer: iterating the array would copy every user.
            var folded = FoldedASCII()
            folded.starts.reserveCapacity(users.count + 1)
            folded.bytes.reserveCapacity(users.reduce(0) { $0 + $1.dn.utf8.count })
            for index in users.indices {
                var dn = users[index].dn
                let ascii = dn.withUTF8 { utf8 in
                    guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
                    folded.bytes.append(contentsOf: utf8)
                    return true
                }
                guard ascii else { return nil }
                folded.starts.append(folded.bytes.count)
            }
            folded.bytes.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices where buffer[index] &- UInt8(ascii: "A") < 26 { buffer[index] |= 0x20 }
            }
            return folded
        }
        guard let built else { return nil }
        self = built
    }

    private init() {}

    /// Negative, zero or positive as string `left` sorts before, with or after string `right`.
    func compare(_ left: Int, _ right: Int, in buffer: UnsafeRawBufferPointer) -> Int {
        var a = starts[left]
        var b = starts[right]
        let leftCount = starts[left + 1] - a
        let rightCount = starts[right + 1] - b
        var remaining = min(leftCount, rightCount)
        while remaining >= 8 {
            let x = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: a, as: UInt64.self))
            let y = UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: b, as: UInt64.self))
            if x != y { return x < y ? -1 : 1 }
            a += 8
            b += 8
            remaining -= 8
        }
        while remaining > 0 {
            let x = buffer[a], y = buffer[b]
            if x != y { return x < y ? -1 : 1 }
            a += 1
            b += 1
            remaining -= 1
        }
        return leftCount - rightCount
    }
}
