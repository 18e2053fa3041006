/// Why a journal cannot be read or written; a write that cannot be journaled is not made.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// Another run holds the journal's lock.
    case inUse(path: String)
    case cannotRead(path: String, reason: String)
    /// `line` counts from 1.
    case invalidLine(path: String, line: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the journal \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write the journal \(path): \(reason); the run stopped, re-run with the same journal to resume"
        case .inUse(let path):
            return "the journal \(path) is in use by another hardmatch run: wait for it to finish, or give another --journal"
        case .cannotRead(let path, let reason):
            return "cannot read the journal \(path): \(reason)"
        case .invalidLine(let path, let line):
            return "the journal \(path) line \(line) is not a hardmatch journal record"
        }
    }
}
