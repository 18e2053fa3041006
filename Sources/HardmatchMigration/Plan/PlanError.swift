/// Why a plan file cannot be applied; each message names the file, the entry and the value.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notJSON(path: String)
    case notAPlan(path: String, reason: String)
    /// `entry` counts from 1, as a person reads the file.
    case invalidEntry(path: String, entry: Int, reason: String)
    /// Two entries would write to the same cloud user, or the same anchor to two users.
    case duplicate(path: String, what: String, value: String, entries: [Int])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the plan \(path): \(reason)"
        case .notJSON(let path):
            return "\(path) is not JSON: give the output of hardmatch plan --format json"
        case .notAPlan(let path, let reason):
            return "\(path) is not a hardmatch plan: \(reason)"
        case .invalidEntry(let path, let entry, let reason):
            return "\(path) entry \(entry): \(reason)"
        case .duplicate(let path, let what, let value, let entries):
            return "\(path): entries \(entries.map(String.init).joined(separator: ", ")) all write \(what) \(value); the plan is inconsistent, make it again"
        }
    }
}
