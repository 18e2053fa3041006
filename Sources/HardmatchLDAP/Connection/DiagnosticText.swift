import Foundation

/// A server's or library's diagnostic made fit for an `error:` line.
///
/// GSSAPI and libldap sometimes end a message with a placeholder for a code they could not
/// name (`...information: (unknown error code)`); it says nothing, so it is left out, with
/// the punctuation that introduced it.
enum DiagnosticText {
    private static let placeholders = [": (unknown error code)", " (unknown error code)", "(unknown error code)"]

    static func cleaned(_ text: String) -> String {
        var result = text
        for placeholder in placeholders {
            result = result.replacingOccurrences(of: placeholder, with: "")
        }
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        result = result.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = result.last, last == ":" || last == ";" {
            result.removeLast()
            result = result.trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}
