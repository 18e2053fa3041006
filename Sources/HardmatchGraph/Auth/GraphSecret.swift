/// A client secret or an access token: its text never shows in a description, a log or an error.
///
/// The CLI's LDAP `Secret` lives in HardmatchLDAP; this target does not depend on it, and a
/// second type keeps each library usable on its own.
public struct GraphSecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The text, for the one place that must send it (an HTTP header or a form body).
    let text: String

    public init(_ text: String) {
        self.text = text
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}
