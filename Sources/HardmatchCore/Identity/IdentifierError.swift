/// Why a value could not be read as an object identity.
///
/// Every case carries the offending value (shortened when it is very long) so that the
/// message names it: an administrator fixing a column of 100,000 ids needs to see which one.
public enum IdentifierError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case containsWhitespace(String)
    case nonHexCharacter(String, character: Character, position: Int)
    case wrongLength(String, form: String, expected: Int, actual: Int)
    case wrongByteCount(String, form: String, bytes: Int)
    case invalidBase64(String)
    case nonCanonicalBase64(String, canonical: String)
    case misplacedSeparator(String, form: String)
    case unrecognised(String)

    public var description: String {
        switch self {
        case .empty:
            return "empty value: expected a GUID, an ImmutableId, hex bytes or an LDAP escape"
        case .containsWhitespace(let value):
            return "\(Self.quote(value)) contains whitespace or control characters"
        case .nonHexCharacter(let value, let character, let position):
            let shown = character.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7f })
                ? "'\(character)'" : "U+" + character.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+")
            return "\(Self.quote(value)) is not hex: \(shown) at position \(position)"
        case .wrongLength(let value, let form, let expected, let actual):
            return "\(Self.quote(value)) has \(actual) character\(actual == 1 ? "" : "s"); \(form) has \(expected)"
        case .wrongByteCount(let value, let form, let bytes):
            return "\(Self.quote(value)) is \(form) of \(bytes) byte\(bytes == 1 ? "" : "s"); an objectGUID is exactly 16 bytes"
        case .invalidBase64(let value):
            return "\(Self.quote(value)) is not valid base64"
        case .nonCanonicalBase64(let value, let canonical):
            return "\(Self.quote(value)) is not the canonical base64 of its bytes; Entra compares strings and would only match \(canonical)"
        case .misplacedSeparator(let value, let form):
            return "\(Self.quote(value)) looks like \(form) but its separators are misplaced"
        case .unrecognised(let value):
            return "\(Self.quote(value)) is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), an ImmutableId (24 base64 characters), hex bytes or an LDAP escape (\\xx x16)"
        }
    }

    /// Quotes a value for a message, cut short (see `QuotedText`).
    static func quote(_ value: String) -> String {
        QuotedText.quote(value)
    }
}
