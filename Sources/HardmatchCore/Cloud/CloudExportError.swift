/// Why a Graph export file cannot be read as cloud users; the message names what is wrong
/// and where, and the command adds the file name.
///
/// These are errors, not warnings: a plan built from a file read only in part could pair
/// an on-premises user with the wrong cloud user (the one that would have made the
/// pairing ambiguous is the one missing).
public enum CloudExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notJSON(JSONError)
    /// UTF-16 text (Windows PowerShell's `Out-File`) that is not valid UTF-16.
    case invalidUTF16
    case wrongShape(found: JSONScanner.Kind, line: Int)
    case objectWithoutUsers(line: Int)
    case valueNotArray(found: JSONScanner.Kind, line: Int)
    case userNotObject(index: Int, found: JSONScanner.Kind, line: Int)
    case missingId(index: Int, line: Int)
    case emptyId(index: Int, line: Int)
    case wrongType(index: Int, field: String, found: JSONScanner.Kind, expected: String, line: Int)
    case duplicateField(index: Int, field: String, line: Int)
    /// Users lack properties the plan decides by (absent keys, or `userType` null on every user).
    case missingFields([String])
    /// Anything the reader did not foresee: reported, never a crash.
    case unreadable(String)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty; expected a Graph export of users (JSON)"
        case .notJSON(let error):
            return "not valid JSON: \(error)"
        case .invalidUTF16:
            return "starts with a UTF-16 byte order mark but is not valid UTF-16 text"
        case .wrongShape(let found, let line):
            return "line \(line): the document is a JSON \(found.rawValue); expected a Graph page ({\"value\": [...]}), an array of users, or one user object"
        case .objectWithoutUsers(let line):
            return "line \(line): the object has neither \"value\" (a Graph page) nor \"id\" (a user); is this a Graph export of users?"
        case .valueNotArray(let found, let line):
            return "line \(line): \"value\" is a JSON \(found.rawValue); a Graph page holds an array of users there"
        case .userNotObject(let index, let found, let line):
            return "line \(line): user \(index) is a JSON \(found.rawValue), not an object"
        case .missingId(let index, let line):
            return "line \(line): user \(index) has no \"id\"; every Graph user has one (was it left out of $select?)"
        case .emptyId(let index, let line):
            return "line \(line): user \(index) has an empty \"id\""
        case .wrongType(let index, let field, let found, let expected, let line):
            return "line \(line): user \(index): \"\(field)\" is a JSON \(found.rawValue); expected \(expected)"
        case .duplicateField(let index, let field, let line):
            return "line \(line): user \(index) has \"\(field)\" twice (names are compared ignoring case)"
        case .missingFields(let fields):
            return "the users lack \(fields.joined(separator: ", ")) (absent, or userType null on every user), so the plan would be confidently wrong; export them with GET /beta/users?$select=\(CloudExport.graphSelect) or Get-MgBetaUser -All -Property \(CloudExport.powerShellProperties)"
        case .unreadable(let detail):
            return "cannot read the export: \(detail)"
        }
    }
}
