/// Appends JSON text to a byte buffer.
///
/// A hand-written writer rather than `JSONEncoder`: output must be byte-for-byte stable
/// (keys in the documented order, `null` for absent values) and fast enough that a dump
/// of 100,000 users spends its time on the network, not on formatting.
public struct JSONText: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    public init() {}

    /// Removes the text written so far, keeping the buffer's capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma.removeAll(keepingCapacity: true)
    }

    // MARK: - Structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"key":` inside an object; the value follows with one of the value calls.
    public mutating func key(_ key: String) {
        separate()
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows must not add a comma of its own.
        needsComma[needsComma.count - 1] = false
        pendingValue = true
    }

    private var pendingValue = false

    // MARK: - Values

    public mutating func string(_ value: String?) {
        separate()
        if let value { Self.appendString(value, to: &bytes) } else { appendNull() }
    }

    /// Writes a string value whose bytes `write` appends straight into the buffer.
    ///
    /// Only for text that never needs an escape, such as hex digits or base64: it skips the
    /// escape scan and the temporary `String` a GUID or anchor would otherwise cost per record.
    public mutating func unescapedString(_ write: (inout [UInt8]) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func bool(_ value: Bool?) {
        separate()
        if let value { bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes) } else { appendNull() }
    }

    public mutating func int(_ value: Int?) {
        separate()
        if let value { bytes.append(contentsOf: String(value).utf8) } else { appendNull() }
    }

    public mutating func null() {
        separate()
        appendNull()
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Convenience for one `"key": "value"` pair.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    public mutating func field(_ name: String, _ value: Bool?) {
        key(name)
        bool(value)
    }

    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        strings(values)
    }

    /// Appends raw bytes, e.g. a newline between NDJSON records.
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: - Internals

    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let nullBytes: [UInt8] = Array("null".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendNull() {
        bytes.append(contentsOf: Self.nullBytes)
    }

    private mutating func separate() {
        if pendingValue {
            pendingValue = false
        } else if let last = needsComma.last, last {
            bytes.append(UInt8(ascii: ","))
        }
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }

    // MARK: - Writing straight into bytes

    /// Appends the bytes of a literal as they are: keys and punctuation of a record whose
    /// shape is fixed, written without `JSONText`'s bookkeeping by the writers of records
    /// that number in the millions (plan entries, dumped users).
    public static func appendLiteral(_ literal: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends a JSON string literal, or `null` for nil.
    public static func appendString(_ value: String?, to bytes: inout [UInt8]) {
        if let value {
            appendString(value, to: &bytes)
        } else {
            appendLiteral("null", to: &bytes)
        }
    }

    /// Appends `true`, `false`, or `null` for nil.
    public static func appendBool(_ value: Bool?, to bytes: inout [UInt8]) {
        switch value {
        case true?: appendLiteral("true", to: &bytes)
        case false?: appendLiteral("false", to: &bytes)
        case nil: appendLiteral("null", to: &bytes)
        }
    }

    /// Appends a JSON string literal, escaping what RFC 8259 requires.
    ///
    /// Runs of bytes that need no escape are copied whole from the string's contiguous
    /// UTF-8: most values (DNs, addresses, anchors) contain none at all, so the scan steps
    /// eight bytes at a time until a word holds a byte that might need one.
    public static func appendString(_ value: String, to bytes: inout [UInt8]) {
        // Native strings are contiguous UTF-8 already; only a bridged one needs the copy
        // `withUTF8` makes, and reading in place spares every value a retain and a release.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes) }) != nil { return }
        var value = value
        value.withUTF8 { appendEscaped($0, to: &bytes) }
    }

    /// Appends UTF-8 text as a JSON string literal.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        let raw = UnsafeRawPointer(base)
        var start = 0
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7f {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte, to: &bytes)
                start = index + 1
            }
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// True when any of the eight bytes is a control character, `"`, `\` or DEL.
    ///
    /// The classic "has a zero byte" test, `(x - 0x01…) & ~x & 0x80…`, is exact about
    /// whether one exists; comparing against a value first turns it into "has this byte".
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let hasZero = { (value: UInt64) in (value &- ones) & ~value & highs != 0 }
        let belowSpace = (word &- ones &* 0x20) & ~word & highs != 0
        return belowSpace
            || hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            || hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
            || hasZero(word ^ (ones &* 0x7f))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0a: bytes.append(UInt8(ascii: "n"))
        case 0x0d: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0f)])
        }
    }
}
