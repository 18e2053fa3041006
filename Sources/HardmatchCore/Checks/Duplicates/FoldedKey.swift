/// What `ValueTable` compares of a value: the value trimmed of whitespace and control
/// characters and lower-cased, as `String(value).trimmingWhitespace.lowercased()` gives it
/// and as `String ==` compares it (canonical equivalence).
///
/// ASCII (nearly every value in a directory) is neither copied nor lower-cased: the key is a
/// slice of the value's own bytes, folded while hashing and comparing. Anything else takes
/// the Unicode path, once per value.
enum FoldedKey {
    /// A slice of the value's bytes, ASCII, compared and hashed folded.
    case ascii(Range<Int>)
    /// Lower-cased by Unicode rules into ASCII bytes (`\u{212A}` KELVIN SIGN becomes `k`).
    case folded([UInt8])
    /// Lower-cased, not ASCII: compared as a `String`.
    case unicode(String)

    /// The key of `value`, whose UTF-8 is `bytes`; nil when only whitespace is left.
    init?(_ value: Substring, bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var end = bytes.count
        while start < end, ASCIIBytes.isSpaceOrControl(bytes[start]) { start += 1 }
        while end > start, ASCIIBytes.isSpaceOrControl(bytes[end - 1]) { end -= 1 }
        if ASCIIBytes.isASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
            guard start < end else { return nil }
            self = .ascii(start..<end)
            return
        }
        let lowered = ASCIITwins.replaced(in: String(value).trimmingWhitespace.lowercased())
        guard !lowered.isEmpty else { return nil }
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            self = .folded(Array(lowered.utf8))
        } else {
            self = .unicode(lowered)
        }
    }
}
