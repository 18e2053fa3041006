/// Why bytes are not the JSON a reader expected, with where: byte offset, line and column.
///
/// The position matters because the files are large (a Graph export of a big tenant is
/// hundreds of megabytes): "line 81234, column 17" is what an administrator can open.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case unexpectedEnd(expected: String)
        case unexpectedByte(UInt8, expected: String)
        case controlCharacterInString(UInt8)
        case invalidEscape(UInt8)
        case invalidUnicodeEscape
        case loneSurrogate(UInt16)
        case invalidUTF8
        case invalidNumber
        case tooDeep(limit: Int)
        case trailingData(UInt8)
    }

    public let kind: Kind
    /// 0-based byte offset into the (UTF-8) text.
    public let offset: Int
    /// 1-based line and column (column in bytes) of `offset`.
    public let line: Int
    public let column: Int

    public init(_ kind: Kind, offset: Int, line: Int, column: Int) {
        self.kind = kind
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String {
        "line \(line), column \(column) (byte \(offset)): \(reason)"
    }

    /// What is wrong, without the position.
    public var reason: String {
        switch kind {
        case .unexpectedEnd(let expected):
            return "the text ends where \(expected) should follow (is the file cut short?)"
        case .unexpectedByte(let byte, let expected):
            return "expected \(expected), found \(Self.show(byte))"
        case .controlCharacterInString(let byte):
            return "control character \(Self.show(byte)) inside a string (JSON requires it escaped)"
        case .invalidEscape(let byte):
            return "invalid escape \\\(Self.show(byte)) in a string"
        case .invalidUnicodeEscape:
            return "\\u must be followed by four hex digits"
        case .loneSurrogate(let unit):
            return "\\u\(String(unit, radix: 16, uppercase: true)) is half of a UTF-16 surrogate pair without its other half"
        case .invalidUTF8:
            return "a string is not valid UTF-8"
        case .invalidNumber:
            return "malformed number"
        case .tooDeep(let limit):
            return "more than \(limit) nested arrays or objects"
        case .trailingData(let byte):
            return "unexpected \(Self.show(byte)) after the end of the JSON document"
        }
    }

    /// A byte as a reader would name it: the character when printable ASCII, else hex.
    static func show(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7f { return "'\(Character(Unicode.Scalar(byte)))'" }
        switch byte {
        case 0x20: return "a space"
        case 0x0a: return "a line break"
        case 0x0d: return "a carriage return"
        case 0x09: return "a tab"
        default: return "byte 0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
        }
    }
}
