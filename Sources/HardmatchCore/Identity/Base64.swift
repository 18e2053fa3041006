/// Standard base64 (RFC 4648 §4, with padding), strict both ways.
///
/// Strict on purpose: Entra compares ImmutableIds as strings, so a value that decodes to
/// the right bytes but is not their canonical encoding (stray bits in the last character,
/// missing padding) would never hard-match and must be caught, not normalised silently.
public enum Base64 {
    @usableFromInline static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    @usableFromInline static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Encodes bytes as standard padded base64.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output = [UInt8]()
        encode(bytes, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the base64 of `bytes` to `output`, for writers that build one buffer.
    @inlinable
    public static func encode(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            guard let second = iterator.next() else {
                appendChunk(UInt32(first) << 16, byteCount: 1, to: &output)
                return
            }
            guard let third = iterator.next() else {
                appendChunk(UInt32(first) << 16 | UInt32(second) << 8, byteCount: 2, to: &output)
                return
            }
            appendChunk(UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third), byteCount: 3, to: &output)
        }
    }

    /// Appends the four characters of one group: `chunk` holds up to three bytes, high byte
    /// first, and `byteCount` says how many are real (the rest become `=` padding).
    @inlinable
    public static func appendChunk(_ chunk: UInt32, byteCount: Int, to output: inout [UInt8]) {
        output.append(character(chunk >> 18 & 0x3f))
        output.append(character(chunk >> 12 & 0x3f))
        output.append(byteCount < 2 ? UInt8(ascii: "=") : character(chunk >> 6 & 0x3f))
        output.append(byteCount < 3 ? UInt8(ascii: "=") : character(chunk & 0x3f))
    }

    /// The alphabet character of a 6-bit value, computed so the hot path reads no global table.
    @inlinable @inline(__always)
    static func character(_ sextet: UInt32) -> UInt8 {
        let value = UInt8(truncatingIfNeeded: sextet)
        switch value {
        case 0..<26: return UInt8(ascii: "A") &+ value
        case 26..<52: return UInt8(ascii: "a") &+ (value &- 26)
        case 52..<62: return UInt8(ascii: "0") &+ (value &- 52)
        case 62: return UInt8(ascii: "+")
        default: return UInt8(ascii: "/")
        }
    }

    /// Decodes strict padded base64; nil when any character, the padding or the length is wrong.
    @inlinable
    public static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        if let decoded = text.withContiguousStorageIfAvailable({ decode(buffer: $0) }) { return decoded }
        return Array(text).withUnsafeBufferPointer { decode(buffer: $0) }
    }

    /// Decodes strict padded base64 onto the end of `output`; the number of bytes added, or
    /// nil (and `output` untouched) when any character, the padding or the length is wrong.
    ///
    /// For readers that keep many values in one buffer, such as an LDIF entry.
    public static func decode(_ text: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, text.count / 4 * 3)) { buffer in
            guard let count = decode(buffer: text, into: buffer) else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            return count
        }
    }

    @usableFromInline
    static func decode(buffer text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var valid = true
        let output = [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3) { output, initialized in
            if let count = decode(buffer: text, into: output) {
                initialized = count
            } else {
                valid = false
                initialized = 0
            }
        }
        return valid ? output : nil
    }

    /// Decodes a whole group of four characters at a time into `output`, which holds at least
    /// three bytes per four characters: the LDIF reader decodes every `objectGUID` and every
    /// non-ASCII name of an export through here. The number of bytes written, or nil.
    static func decode(buffer text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let total = text.count
        guard total % 4 == 0 else { return nil }
        guard total > 0 else { return 0 }
        // Padding only in the last two places, and nothing real after it.
        let padding = text[total - 1] != UInt8(ascii: "=") ? 0 : text[total - 2] == UInt8(ascii: "=") ? 2 : 1
        return decodeTable.withUnsafeBufferPointer { table -> Int? in
            var position = 0
            var written = 0
            while position < total {
                let isLast = position + 4 == total
                let first = table[Int(text[position])]
                let second = table[Int(text[position + 1])]
                let third = isLast && padding == 2 ? 0 : table[Int(text[position + 2])]
                let fourth = isLast && padding >= 1 ? 0 : table[Int(text[position + 3])]
                // Every table entry is a 6-bit value or 0xff for a character outside the alphabet.
                guard (first | second | third | fourth) & 0x80 == 0 else { return nil }
                output[written] = first << 2 | second >> 4
                output[written + 1] = second << 4 | third >> 2
                output[written + 2] = third << 6 | fourth
                written += 3
                position += 4
            }
            return written - padding
        }
    }
}
