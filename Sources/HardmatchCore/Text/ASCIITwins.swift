/// The three characters `String ==` holds equal to ASCII ones, by canonical equivalence:
/// GREEK QUESTION MARK is `;`, GREEK VARIA a backtick, KELVIN SIGN `K`.
///
/// Code that compares ASCII text on its bytes replaces them first, so that a value equal
/// to an ASCII value becomes ASCII and meets it on the byte path, as `String ==` would.
enum ASCIITwins {
    /// `text` with each of the three replaced by its ASCII twin (`text` itself when none occurs).
    static func replaced(in text: String) -> String {
        guard text.unicodeScalars.contains(where: { twin(of: $0) != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(twin(of: scalar) ?? scalar)
        }
        return String(scalars)
    }

    private static func twin(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\u{037E}": return ";"
        case "\u{1FEF}": return "`"
        case "\u{212A}": return "K"
        default: return nil
        }
    }
}
