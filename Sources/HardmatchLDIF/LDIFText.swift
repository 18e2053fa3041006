import HardmatchCore

/// Byte-level checks and message formatting shared by the LDIF reader's parts.
///
/// Values are kept as bytes; these helpers decide whether bytes are acceptable text
/// without building a `String` for each line, which the hot path cannot afford.
enum LDIFText {
    // MARK: - Validation

    /// True when every byte is printable ASCII (0x20–0x7f), checked eight bytes at a time:
    /// such a value has neither a control character nor a UTF-8 sequence to check, and
    /// nearly every value of an export is one.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte below 0x20 borrows into its high bit; a byte from 0x80 has it set.
            if (word &- ones &* 0x20) & ~word & highs != 0 || word & highs != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] < 0x20 || bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The first byte that may not appear in a textual value (NUL, CR, or another C0
    /// control except tab), or nil when there is none.
    static func firstControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        for byte in bytes where byte < 0x20 && byte != 0x09 { return byte }
        return nil
    }

    /// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xbf
            switch lead {
            case 0xc2...0xdf: length = 2
            case 0xe0: length = 3; lower = 0xa0
            case 0xe1...0xec, 0xee...0xef: length = 3
            case 0xed: length = 3; upper = 0x9f
            case 0xf0: length = 4; lower = 0x90
            case 0xf1...0xf3: length = 4
            case 0xf4: length = 4; upper = 0x8f
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return false }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xc0 == 0x80 else { return false }
                next += 1
            }
            index += length
        }
        return true
    }

    // MARK: - Messages

    /// Quotes text from the file for a message, cut short (see `QuotedText`).
    static func quote(_ value: String) -> String {
        QuotedText.quote(value, limit: 60)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
