/// One `name;options: value` line taken apart, as ranges into the line's bytes.
///
/// Nothing is decoded here: whether the value is needed, and so whether it is worth
/// decoding, depends on the attribute, which the record builder decides.
struct LDIFAttributeLine {
    enum ValueKind {
        /// `name: value`, the value as written (SAFE-STRING).
        case text
        /// `name:: value`, base64.
        case base64
        /// `name:< URL`.
        case url
    }

    /// The attribute type, without options.
    var name: Range<Int>
    /// Everything after the first `;` up to the colon, empty when there are no options.
    var options: Range<Int>
    var kind: ValueKind
    /// The value with the spaces after the colon removed.
    var value: Range<Int>

    /// Splits a logical line, or says why it is not an attribute line.
    init(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws(LDIFError) {
        let count = line.count
        var index = 0
        while index < count, Self.isNameByte(line[index]) { index += 1 }
        let nameEnd = index
        var optionsStart = index
        if index < count, line[index] == UInt8(ascii: ";") {
            index += 1
            optionsStart = index
            while index < count, Self.isOptionByte(line[index]) { index += 1 }
        }
        let optionsEnd = index
        guard index < count, line[index] == UInt8(ascii: ":") else {
            guard line.contains(UInt8(ascii: ":")) else {
                throw LDIFError(line: number, .missingColon(excerpt: String(decoding: line.prefix(200), as: UTF8.self)))
            }
            let written = line.prefix { $0 != UInt8(ascii: ":") }
            throw LDIFError(line: number, .invalidAttributeName(String(decoding: written, as: UTF8.self)))
        }
        guard nameEnd > 0, optionsEnd > optionsStart || optionsStart == nameEnd else {
            let written = line.prefix { $0 != UInt8(ascii: ":") }
            throw LDIFError(line: number, .invalidAttributeName(String(decoding: written, as: UTF8.self)))
        }
        index += 1
        kind = .text
        if index < count, line[index] == UInt8(ascii: ":") {
            kind = .base64
            index += 1
        } else if index < count, line[index] == UInt8(ascii: "<") {
            kind = .url
            index += 1
        }
        while index < count, line[index] == UInt8(ascii: " ") { index += 1 }
        name = 0..<nameEnd
        options = optionsStart..<optionsEnd
        value = index..<count
    }

    // MARK: - Characters

    /// Letters, digits and `-` (descriptors), and `.` (numeric OIDs).
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// Option characters, plus `=` and `*` for `range=N-*`, and `;` between options.
    static func isOptionByte(_ byte: UInt8) -> Bool {
        isNameByte(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ";")
    }
}
