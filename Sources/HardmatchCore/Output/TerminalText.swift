/// Text from the directory, the cloud or an input file made safe to print on a terminal.
///
/// A displayName or a Graph error message can hold an escape sequence that clears the screen,
/// retitles the window or hides the line before it, or a bidirectional override that shows
/// the text in another order than it is. Every such character is shown as `\u{..}` instead,
/// so what is printed is what is there. Printable text, non-ASCII letters included, is kept.
public enum TerminalText {
    /// The text with C0 and C1 controls, DEL, line and paragraph separators and the
    /// bidirectional controls written as `\u{hex}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` is one that `escaped` writes as `\u{hex}`: a character that moves,
    /// hides or reorders the text around it rather than showing itself.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7f, 0x80..<0xa0, 0x2028, 0x2029, 0x200e, 0x200f, 0x202a...0x202e, 0x2066...0x2069: return true
        default: return false
        }
    }
}
