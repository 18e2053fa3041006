/// The forms in which an administrator meets an object's identity.
public enum IdentifierForm: String, CaseIterable, Sendable {
    /// `7bd265e1-8ce3-4533-9461-fc2abf9918a0`, also in braces, upper case or without dashes.
    case guid
    /// `4WXSe+OMM0WUYfwqv5kYoA==`, as Entra's `onPremisesImmutableId`.
    case immutableId
    /// The raw bytes: `e1 65 d2 7b ...` (space, `-` or `:` between pairs) or `0xe165d27b...`.
    case hex
    /// `\e1\65\d2...`, as written in an LDAP filter.
    case ldapEscape
}

extension ObjectGUID {
    /// Reads a value in any of the forms, telling which form it was.
    ///
    /// The forms never overlap: 32 bare hex digits are the GUID string without dashes
    /// (SPEC §2), so raw bytes are accepted only with separators or a `0x` prefix.
    public static func parse(_ text: String) throws(IdentifierError) -> (guid: ObjectGUID, form: IdentifierForm) {
        let utf8 = Array(text.utf8)
        guard let first = utf8.first else { throw .empty }

        if first == UInt8(ascii: "\\") {
            return (try parseLDAPEscape(text, utf8), .ldapEscape)
        }
        // `0x` followed by hex digits only: an ImmutableId may start with "0X" too.
        if utf8.count >= 3, first == UInt8(ascii: "0"), utf8[1] == UInt8(ascii: "x") || utf8[1] == UInt8(ascii: "X"),
           utf8.dropFirst(2).allSatisfy({ Hex.value($0) != nil }) {
            return (try parsePrefixedHex(text, utf8), .hex)
        }
        if let separated = try parseSeparatedHex(text, utf8) {
            return (separated, .hex)
        }
        if utf8.contains(where: { $0 <= 0x20 || $0 == 0x7f }) {
            throw .containsWhitespace(text)
        }
        if utf8.contains(where: { $0 >= 0x80 }) {
            // A GUID with a stray non-ASCII letter: name the letter, not the byte count.
            if [32, 36, 38].contains(text.count) { throw ObjectGUID.nonHex(in: text, byte: 0) }
            throw .unrecognised(text)
        }
        if first == UInt8(ascii: "{") || utf8.count == 36 || utf8.count == 32 {
            return (try ObjectGUID(string: text), .guid)
        }
        if utf8.count == 24 {
            return (try ImmutableID(string: text).guid, .immutableId)
        }
        if utf8.allSatisfy({ Hex.value($0) != nil || $0 == UInt8(ascii: "-") }) {
            return (try ObjectGUID(string: text), .guid)
        }
        if utf8.allSatisfy({ isBase64Character($0) }) {
            if let bytes = Base64.decode(utf8) {
                throw .wrongByteCount(text, form: "base64", bytes: bytes.count)
            }
            throw .wrongLength(text, form: "an ImmutableId", expected: 24, actual: utf8.count)
        }
        throw .unrecognised(text)
    }

    private static func isBase64Character(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    /// `\e1\65...`: sixteen backslash-escaped bytes.
    private static func parseLDAPEscape(_ text: String, _ utf8: [UInt8]) throws(IdentifierError) -> ObjectGUID {
        guard utf8.count == 48 else {
            throw .wrongLength(text, form: "an LDAP escape", expected: 48, actual: text.count)
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(16)
        var index = 0
        while index < 48 {
            guard utf8[index] == UInt8(ascii: "\\") else { throw .misplacedSeparator(text, form: "an LDAP escape") }
            guard let high = Hex.value(utf8[index + 1]), let low = Hex.value(utf8[index + 2]) else {
                throw nonHex(in: text, byte: utf8[index + 1], allowing: "\\")
            }
            bytes.append(high << 4 | low)
            index += 3
        }
        return try ObjectGUID(rawBytes: bytes)
    }

    /// `0xe165d27b...`: the raw bytes as one hex number.
    private static func parsePrefixedHex(_ text: String, _ utf8: [UInt8]) throws(IdentifierError) -> ObjectGUID {
        let digits = utf8.dropFirst(2)
        if let bad = digits.first(where: { Hex.value($0) == nil }) {
            throw nonHex(in: text, byte: bad, allowing: nil, skipping: 2)
        }
        guard digits.count % 2 == 0 else {
            throw .wrongLength(text, form: "0x and 16 hex bytes", expected: 34, actual: text.count)
        }
        guard digits.count == 32 else {
            throw .wrongByteCount(text, form: "hex", bytes: digits.count / 2)
        }
        return try ObjectGUID(rawBytes: pairs(Array(digits)))
    }

    /// `e1 65 d2 ...`, `E1-65-D2-...` or `e1:65:...`: hex pairs with one kind of separator.
    ///
    /// Returns nil when the value does not have that shape, so the other forms get their turn.
    private static func parseSeparatedHex(_ text: String, _ utf8: [UInt8]) throws(IdentifierError) -> ObjectGUID? {
        guard utf8.count >= 5, utf8.count % 3 == 2 else { return nil }
        let separator = utf8[2]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ":") else { return nil }
        var digits = [UInt8]()
        for (offset, byte) in utf8.enumerated() {
            if offset % 3 == 2 {
                guard byte == separator else { return nil }
            } else {
                guard Hex.value(byte) != nil else { return nil }
                digits.append(byte)
            }
        }
        guard digits.count == 32 else {
            throw .wrongByteCount(text, form: "hex", bytes: digits.count / 2)
        }
        return try ObjectGUID(rawBytes: pairs(digits))
    }

    private static func pairs(_ digits: [UInt8]) -> [UInt8] {
        stride(from: 0, to: digits.count, by: 2).map { Hex.value(digits[$0])! << 4 | Hex.value(digits[$0 + 1])! }
    }

    private static func nonHex(in text: String, byte: UInt8, allowing allowed: Character?, skipping: Int = 0) -> IdentifierError {
        var position = 0
        for character in text {
            position += 1
            if position <= skipping || character == allowed { continue }
            if !(character.asciiValue.map { Hex.value($0) != nil } ?? false) {
                return .nonHexCharacter(text, character: character, position: position)
            }
        }
        return .nonHexCharacter(text, character: Character(Unicode.Scalar(byte)), position: position)
    }
}
