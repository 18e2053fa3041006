/// A strict RFC 8259 pull reader over UTF-8 bytes: the caller walks the document and
/// takes only the values it wants, skipping (but still validating) the rest.
///
/// Shared by the cloud export reader (which walks a million users field by field) and the
/// `JSONValue` (Graph answers, plan files and journals as small documents).
///
/// Written instead of `JSONSerialization` because a Graph export of a large tenant holds
/// a million users: building a dictionary of `NSString`s per user costs several times
/// the time and memory of reading the fields straight into `CloudUser` values (see
/// `Benchmarks/plan/README.md`). Strict on purpose: a truncated or corrupt export must
/// be an error with a position, never a plan built from half a file.
public struct JSONScanner {
    /// The kinds of value JSON has.
    public enum Kind: String, Sendable {
        case object, array, string, number, bool = "true/false", null
    }

    public let bytes: [UInt8]
    /// Offset of the next byte to read.
    public private(set) var offset: Int
    /// Set by `beginObject`/`beginArray`: the next member is the container's first.
    private var atContainerStart = false
    private var depth = 0

    /// Nesting deeper than this is refused: it bounds recursion in `skipValue`.
    public static let maximumDepth = 512

    /// Starts at the beginning, after a UTF-8 byte order mark if there is one.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let bom: [UInt8] = [0xef, 0xbb, 0xbf]
        offset = bytes.starts(with: bom) ? 3 : 0
    }

    // MARK: - Looking ahead

    /// The kind of the next value, after skipping whitespace; nothing is consumed.
    public mutating func peekKind() throws(JSONError) -> Kind {
        skipWhitespace()
        guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "a value")) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error(.unexpectedByte(bytes[offset], expected: "a value"))
        }
    }

    /// True when only whitespace is left.
    public mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return offset >= bytes.count
    }

    /// Fails unless only whitespace is left: one document per file.
    public mutating func finish() throws(JSONError) {
        skipWhitespace()
        if offset < bytes.count { throw error(.trailingData(bytes[offset])) }
    }

    // MARK: - Containers

    public mutating func beginObject() throws(JSONError) {
        try expect(UInt8(ascii: "{"), "'{'")
        try enter()
    }

    /// The next member's key as raw bytes, lower-cased (ASCII) unless `foldingCase` is
    /// false; false at the closing `}`.
    ///
    /// Keys come back as bytes in a reused buffer: a million users have ten million keys,
    /// and matching them case-insensitively (SPEC §4) must not allocate a string each.
    public mutating func nextKey(into key: inout [UInt8], foldingCase: Bool = true) throws(JSONError) -> Bool {
        guard try nextMember(closing: UInt8(ascii: "}"), "'\"' (a key) or '}'") else { return false }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw offset < bytes.count ? error(.unexpectedByte(bytes[offset], expected: "'\"' (a key)")) : error(.unexpectedEnd(expected: "a key"))
        }
        key.removeAll(keepingCapacity: true)
        let start = offset
        try readStringBytes(into: &key)
        if key.contains(where: { $0 >= 0x80 }), String(validating: key, as: UTF8.self) == nil {
            throw error(.invalidUTF8, at: start)
        }
        if foldingCase {
            for index in key.indices where key[index] >= UInt8(ascii: "A") && key[index] <= UInt8(ascii: "Z") {
                key[index] |= 0x20
            }
        }
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "':' after the key")
        return true
    }

    public mutating func beginArray() throws(JSONError) {
        try expect(UInt8(ascii: "["), "'['")
        try enter()
    }

    /// True when another element follows; false (consuming `]`) at the end of the array.
    public mutating func nextElement() throws(JSONError) -> Bool {
        try nextMember(closing: UInt8(ascii: "]"), "a value or ']'")
    }

    // MARK: - Values

    public mutating func readString() throws(JSONError) -> String {
        skipWhitespace()
        let start = offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw offset < bytes.count ? error(.unexpectedByte(bytes[offset], expected: "a string")) : error(.unexpectedEnd(expected: "a string"))
        }
        // Fast path: no escapes, so the string is a slice of the input.
        var index = offset + 1
        var ascii = true
        let end = bytes.count
        let found: Bool = bytes.withUnsafeBufferPointer { buffer in
            while index < end {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return false }
                if byte >= 0x80 { ascii = false }
                index += 1
            }
            return false
        }
        if found {
            let slice = bytes[(start + 1)..<index]
            offset = index + 1
            if ascii { return String(decoding: slice, as: UTF8.self) }
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw error(.invalidUTF8, at: start)
            }
            return text
        }
        var decoded: [UInt8] = []
        try readStringBytes(into: &decoded)
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw error(.invalidUTF8, at: start)
        }
        return text
    }

    public mutating func readBool() throws(JSONError) -> Bool {
        skipWhitespace()
        if try literal("true") { return true }
        if try literal("false") { return false }
        throw offset < bytes.count ? error(.unexpectedByte(bytes[offset], expected: "true or false")) : error(.unexpectedEnd(expected: "true or false"))
    }

    /// Consumes `null` and returns true, or leaves anything else in place and returns false.
    public mutating func readNull() throws(JSONError) -> Bool {
        skipWhitespace()
        return try literal("null")
    }

    /// Skips one value of any kind, validating it completely.
    public mutating func skipValue() throws(JSONError) {
        switch try peekKind() {
        case .object:
            try beginObject()
            var key: [UInt8] = []
            while try nextKey(into: &key) { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string:
            try skipString()
        case .number:
            try skipNumber()
        case .bool:
            _ = try readBool()
        case .null:
            _ = try readNull()
        }
    }

    // MARK: - Errors

    /// An error at the current offset (or `at`), with line and column worked out.
    public func error(_ kind: JSONError.Kind, at position: Int? = nil) -> JSONError {
        let place = min(position ?? offset, bytes.count)
        let (line, column) = lineAndColumn(of: place)
        return JSONError(kind, offset: place, line: line, column: column)
    }

    /// The 1-based line of the current offset (or `at`), for messages about a value's content.
    public func line(at position: Int? = nil) -> Int {
        lineAndColumn(of: min(position ?? offset, bytes.count)).line
    }

    /// Counted only when a message needs it: errors are rare, lines in a big file are not.
    private func lineAndColumn(of place: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<place where bytes[index] == 0x0a {
            line += 1
            lineStart = index + 1
        }
        return (line, place - lineStart + 1)
    }

    // MARK: - Internals

    private mutating func enter() throws(JSONError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error(.tooDeep(limit: Self.maximumDepth)) }
        atContainerStart = true
    }

    /// Handles the comma or the closing bracket before a member; false at the end.
    private mutating func nextMember(closing: UInt8, _ expected: String) throws(JSONError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw error(.unexpectedEnd(expected: expected)) }
        if bytes[offset] == closing {
            offset += 1
            depth -= 1
            atContainerStart = false
            return false
        }
        if atContainerStart {
            atContainerStart = false
        } else {
            guard bytes[offset] == UInt8(ascii: ",") else {
                throw error(.unexpectedByte(bytes[offset], expected: "',' or '\(Character(Unicode.Scalar(closing)))'"))
            }
            offset += 1
            skipWhitespace()
            guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "a value after ','")) }
        }
        return true
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0a, 0x0d, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ description: String) throws(JSONError) {
        skipWhitespace()
        guard offset < bytes.count else { throw error(.unexpectedEnd(expected: description)) }
        guard bytes[offset] == byte else { throw error(.unexpectedByte(bytes[offset], expected: description)) }
        offset += 1
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) -> Bool {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { text in
            offset + count <= bytes.count && bytes[offset] == text[0] && (1..<count).allSatisfy { bytes[offset + $0] == text[$0] }
        }
        guard matches else {
            // A prefix of the word at the very end is a cut-off file, not a wrong value.
            let remaining = bytes.count - offset
            if remaining > 0, remaining < count, word.withUTF8Buffer({ text in (0..<remaining).allSatisfy { bytes[offset + $0] == text[$0] } }) {
                throw error(.unexpectedEnd(expected: "the rest of '\(word)'"))
            }
            return false
        }
        offset += count
        return true
    }

    private mutating func skipString() throws(JSONError) {
        var sink: [UInt8] = []
        let start = offset
        try readStringBytes(into: &sink)
        guard String(validating: sink, as: UTF8.self) != nil else { throw error(.invalidUTF8, at: start) }
    }

    /// Reads a string literal (at `"`), appending its decoded UTF-8 to `output`.
    private mutating func readStringBytes(into output: inout [UInt8]) throws(JSONError) {
        offset += 1
        while true {
            guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "the closing '\"' of a string")) }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"):
                try readEscape(into: &output)
            case 0..<0x20:
                throw error(.controlCharacterInString(byte))
            default:
                output.append(byte)
                offset += 1
            }
        }
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(JSONError) {
        offset += 1
        guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "an escape")) }
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0c)
        case UInt8(ascii: "n"): output.append(0x0a)
        case UInt8(ascii: "r"): output.append(0x0d)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            let first = try readHex4()
            var scalar = UInt32(first)
            if first >= 0xd800 && first < 0xdc00 {
                // A high surrogate must be followed by \u and a low one.
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw error(.loneSurrogate(first), at: offset - 6)
                }
                offset += 2
                let second = try readHex4()
                guard second >= 0xdc00 && second < 0xe000 else { throw error(.loneSurrogate(first), at: offset - 12) }
                scalar = 0x10000 + (UInt32(first - 0xd800) << 10) + UInt32(second - 0xdc00)
            } else if first >= 0xdc00 && first < 0xe000 {
                throw error(.loneSurrogate(first), at: offset - 6)
            }
            Self.appendUTF8(scalar, to: &output)
        default:
            throw error(.invalidEscape(byte), at: offset - 2)
        }
    }

    private mutating func readHex4() throws(JSONError) -> UInt16 {
        guard offset + 4 <= bytes.count else { throw error(.unexpectedEnd(expected: "four hex digits after \\u")) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = Hex.value(bytes[offset]) else { throw error(.invalidUnicodeEscape) }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        return value
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xc0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3f))
        case 0x800..<0x10000:
            output.append(UInt8(0xe0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3f))
            output.append(UInt8(0x80 | scalar & 0x3f))
        default:
            output.append(UInt8(0xf0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3f))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3f))
            output.append(UInt8(0x80 | scalar & 0x3f))
        }
    }

    /// Reads a number; its text is validated as JSON's grammar before it is converted.
    public mutating func readNumber() throws(JSONError) -> Double {
        skipWhitespace()
        let start = offset
        guard offset < bytes.count else { throw error(.unexpectedEnd(expected: "a number")) }
        try skipNumber()
        guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            throw error(.invalidNumber, at: start)
        }
        return value
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func skipNumber() throws(JSONError) {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw error(.invalidNumber, at: start) }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw error(.invalidNumber, at: start) }
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw error(.invalidNumber, at: start) }
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
