/// An Active Directory `objectGUID`: 16 raw bytes in AD's mixed-endian layout.
///
/// AD stores a GUID as Data1 (4 bytes), Data2 (2) and Data3 (2) little-endian, then
/// Data4's 8 bytes in order (MS-DTYP 2.3.4.2). LDAP returns exactly those bytes, and the
/// Entra ImmutableId is their base64. The string form `xxxxxxxx-xxxx-...` prints Data1..3
/// as numbers, so its first eight bytes read reversed against the raw bytes: keeping the
/// raw layout as the one stored truth is what stops a byte-swapped anchor from ever
/// being written.
public struct ObjectGUID: Hashable, Comparable, Sendable {
    /// Raw bytes 0–7, most significant byte first.
    @usableFromInline let head: UInt64
    /// Raw bytes 8–15, most significant byte first.
    @usableFromInline let tail: UInt64

    /// Wraps 16 raw bytes as LDAP returns them.
    public init(rawBytes: some Collection<UInt8>) throws(IdentifierError) {
        guard rawBytes.count == 16 else {
            throw .wrongByteCount(Hex.bytes(rawBytes), form: "hex", bytes: rawBytes.count)
        }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        for (index, byte) in rawBytes.enumerated() {
            if index < 8 {
                head = head << 8 | UInt64(byte)
            } else {
                tail = tail << 8 | UInt64(byte)
            }
        }
        self.head = head
        self.tail = tail
    }

    /// The 16 raw bytes in AD's layout.
    public var rawBytes: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: head >> (56 - 8 * UInt64(index)))
            bytes[index + 8] = UInt8(truncatingIfNeeded: tail >> (56 - 8 * UInt64(index)))
        }
        return bytes
    }

    public static func < (lhs: ObjectGUID, rhs: ObjectGUID) -> Bool {
        (lhs.head, lhs.tail) < (rhs.head, rhs.tail)
    }

    // MARK: - Forms

    /// Raw byte `index` (0–15) in AD's layout, without building the array.
    @inline(__always)
    func rawByte(_ index: Int) -> UInt8 {
        let word = index < 8 ? head : tail
        return UInt8(truncatingIfNeeded: word >> (56 - 8 * UInt64(index & 7)))
    }

    /// The GUID string, lower case with dashes: `7bd265e1-8ce3-4533-9461-fc2abf9918a0`.
    public var string: String {
        var text = [UInt8]()
        text.reserveCapacity(36)
        appendString(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the GUID string to `output`, for writers that build one buffer: a million-user
    /// dump would otherwise build and drop a string per user.
    public func appendString(to output: inout [UInt8]) {
        // Built on the stack and appended once: per-byte appends each check capacity and uniqueness.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            var written = 0
            for position in 0..<16 {
                // Data1, Data2 and Data3 are little-endian in the raw layout.
                let index = switch position {
                case 0..<4: 3 - position
                case 4..<6: 9 - position
                case 6..<8: 13 - position
                default: position
                }
                if position == 4 || position == 6 || position == 8 || position == 10 {
                    text[written] = UInt8(ascii: "-")
                    written += 1
                }
                let byte = rawByte(index)
                text[written] = Self.hexDigit(byte >> 4)
                text[written + 1] = Self.hexDigit(byte & 0x0f)
                written += 2
            }
            output.append(contentsOf: text)
        }
    }

    /// The lower-case hex digit of a nibble, computed rather than looked up in a global table.
    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ nibble &- 10
    }

    /// The ImmutableId Entra ID uses as this object's source anchor.
    public var immutableID: ImmutableID { ImmutableID(guid: self) }

    /// The raw bytes as hex pairs separated by spaces, as ADSI Edit shows them.
    ///
    /// Separated on purpose: 32 bare hex digits already mean the GUID string without
    /// dashes (SPEC §2), and reading raw bytes as that form would swap the first eight.
    public var hex: String { Hex.bytes(rawBytes) }

    /// The LDAP filter escape, so that `(objectGUID=\e1\65...)` finds this object.
    public var ldapFilterEscape: String {
        var text = [UInt8]()
        text.reserveCapacity(48)
        for byte in rawBytes {
            text.append(UInt8(ascii: "\\"))
            text.append(Hex.digit(byte >> 4))
            text.append(Hex.digit(byte & 0x0f))
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension ObjectGUID: CustomStringConvertible {
    public var description: String { string }
}

// MARK: - Parsing the GUID string

extension ObjectGUID {
    /// Reads the GUID string: with or without dashes, with or without braces, any case.
    public init(string text: String) throws(IdentifierError) {
        let utf8 = Array(text.utf8)
        var body = utf8[...]
        if body.first == UInt8(ascii: "{") || body.last == UInt8(ascii: "}") {
            guard body.count >= 2, body.first == UInt8(ascii: "{"), body.last == UInt8(ascii: "}") else {
                throw .misplacedSeparator(text, form: "a GUID in braces")
            }
            body = body.dropFirst().dropLast()
        }
        var digits = [UInt8]()
        digits.reserveCapacity(32)
        if body.count == 36 {
            for (offset, byte) in body.enumerated() {
                let isDashPosition = offset == 8 || offset == 13 || offset == 18 || offset == 23
                if byte == UInt8(ascii: "-") {
                    guard isDashPosition else { throw .misplacedSeparator(text, form: "a GUID") }
                } else if isDashPosition {
                    throw .misplacedSeparator(text, form: "a GUID")
                } else {
                    digits.append(byte)
                }
            }
        } else if body.count == 32 {
            digits.append(contentsOf: body)
        } else {
            let dashed = body.contains(UInt8(ascii: "-"))
            throw .wrongLength(text, form: dashed ? "a GUID" : "a GUID without dashes", expected: dashed ? 36 : 32, actual: text.count)
        }
        var ordered = [UInt8]()
        ordered.reserveCapacity(16)
        var index = 0
        while index < 32 {
            guard let high = Hex.value(digits[index]), let low = Hex.value(digits[index + 1]) else {
                let bad = Hex.value(digits[index]) == nil ? digits[index] : digits[index + 1]
                throw Self.nonHex(in: text, byte: bad)
            }
            ordered.append(high << 4 | low)
            index += 2
        }
        // Back from display order to AD's raw layout.
        let raw: [UInt8] = [ordered[3], ordered[2], ordered[1], ordered[0], ordered[5], ordered[4], ordered[7], ordered[6]] + ordered[8..<16]
        try self.init(rawBytes: raw)
    }

    /// Names the first character of `text` that is not a hex digit, for the error message.
    static func nonHex(in text: String, byte: UInt8) -> IdentifierError {
        var position = 1
        for character in text {
            let isHex = character.isASCII && character.asciiValue.flatMap(Hex.value) != nil
            if !isHex && character != "-" && character != "{" && character != "}" {
                return .nonHexCharacter(text, character: character, position: position)
            }
            position += 1
        }
        return .nonHexCharacter(text, character: Character(Unicode.Scalar(byte)), position: position)
    }
}
