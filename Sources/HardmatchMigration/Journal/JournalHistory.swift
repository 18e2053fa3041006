import Foundation
import HardmatchCore
import HardmatchGraph

/// What a journal says was done to each user: the memory a resumed run and `undo` work from.
public struct JournalHistory: Sendable {
    /// Where a user stands according to the journal.
    public enum State: Sendable, Equatable {
        /// Graph accepted the write (or it was confirmed from live state).
        case written(before: String?, after: String?)
        /// A write was sent, or about to be, and no answer was recorded: live state decides.
        case uncertain(before: String?, after: String?)
    }

    /// One user's net change over the journal, for `undo`.
    public struct NetChange: Sendable, Equatable {
        public let cloudID: String
        public let userPrincipalName: String?
        /// The value before the first write the journal records.
        public let before: String?
        /// The value the last write made.
        public let after: String?
    }

    public private(set) var states: [String: State] = [:]
    /// Users with a made write, in the order of their first one.
    public private(set) var changes: [NetChange] = []

    public init() {}

    /// Reads the journal at `path` (no file: an empty history), keeping the records of `operation`.
    ///
    /// A record cut short by a crash is ignored; any other line that is not a record is an error.
    public static func read(path: String, operation: JournalRecord.Operation?) throws(JournalError) -> JournalHistory {
        var history = JournalHistory()
        guard FileManager.default.fileExists(atPath: path) else { return history }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, reason: "permission denied")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var changeIndex: [String: Int] = [:]
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            guard let json = JSONValue.parse(line), let record = JournalRecord(json: json) else {
                if index == lines.count - 1 || isCutRecord(line) { continue }
                throw .invalidLine(path: path, line: index + 1)
            }
            guard operation == nil || record.operation == operation else { continue }
            history.apply(record, changeIndex: &changeIndex)
        }
        return history
    }

    /// The start of a record that a crash cut short (the next run began on a fresh line):
    /// it begins as every record does and is not valid JSON.
    private static func isCutRecord(_ line: Data) -> Bool {
        line.starts(with: Array(#"{"time":"#.utf8)) && JSONValue.parse(line) == nil
    }

    private mutating func apply(_ record: JournalRecord, changeIndex: inout [String: Int]) {
        switch record.kind {
        case .intent:
            states[record.cloudID] = .uncertain(before: record.before, after: record.after)
        case .result where record.status == nil:
            states[record.cloudID] = .uncertain(before: record.before, after: record.after)
        case .result where !record.madeTheWrite:
            states[record.cloudID] = nil
        case .result, .confirmed:
            states[record.cloudID] = .written(before: record.before, after: record.after)
            if let index = changeIndex[record.cloudID] {
                let first = changes[index]
                changes[index] = NetChange(cloudID: first.cloudID, userPrincipalName: record.userPrincipalName ?? first.userPrincipalName, before: first.before, after: record.after)
            } else {
                changeIndex[record.cloudID] = changes.count
                changes.append(NetChange(cloudID: record.cloudID, userPrincipalName: record.userPrincipalName, before: record.before, after: record.after))
            }
        case .skipped:
            break
        }
    }
}
