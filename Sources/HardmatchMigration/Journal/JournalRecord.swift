import Foundation
import HardmatchCore
import HardmatchGraph

/// One line of a journal: what was about to be written, what came of it, or why a user was left alone.
///
/// NDJSON with a fixed key order, one record a line, so `grep`, `jq` and a person can read it,
/// and the tool can resume or undo from it. It never holds a token or a secret.
public struct JournalRecord: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Written, and flushed to disk, before the batch holding the write is sent.
        case intent
        /// Graph's answer to the write: `status` 2xx when it was made; null when the answer never came.
        case result
        /// A write of an interrupted run found made when the user was read again.
        case confirmed
        /// Left alone; `error` says why.
        case skipped
    }

    /// `apply` or `undo`.
    public enum Operation: String, Sendable {
        case apply
        case undo
    }

    public var time: String
    public var kind: Kind
    public var operation: Operation
    /// Identifies the run, so the records of a resumed run can be told apart.
    public var run: String
    public var batch: Int
    public var cloudID: String
    public var userPrincipalName: String?
    public var before: String?
    public var after: String?
    public var status: Int?
    public var error: String?

    public init(
        time: Date = Date(), kind: Kind, operation: Operation, run: String, batch: Int, cloudID: String,
        userPrincipalName: String?, before: String?, after: String?, status: Int? = nil, error: String? = nil
    ) {
        self.time = Self.timestamp(time)
        self.kind = kind
        self.operation = operation
        self.run = run
        self.batch = batch
        self.cloudID = cloudID
        self.userPrincipalName = userPrincipalName
        self.before = before
        self.after = after
        self.status = status
        self.error = error
    }

    /// True for a result Graph accepted, or a write confirmed from live state.
    public var madeTheWrite: Bool {
        switch kind {
        case .confirmed: return true
        case .result: return status.map { (200..<300).contains($0) } ?? false
        case .intent, .skipped: return false
        }
    }

    // MARK: - Text

    /// The record's line, newline included.
    public var line: [UInt8] {
        var json = JSONText()
        json.beginObject()
        json.field("time", time)
        json.field("kind", kind.rawValue)
        json.field("operation", operation.rawValue)
        json.field("run", run)
        json.field("batch", batch)
        json.field("cloudId", cloudID)
        json.field("userPrincipalName", userPrincipalName)
        json.field("before", before)
        json.field("after", after)
        json.field("status", status)
        json.field("error", error)
        json.endObject()
        json.raw("\n")
        return json.bytes
    }

    /// Reads a line; nil when it is not a journal record.
    init?(json: JSONValue) {
        guard let kind = json["kind"]?.string.flatMap(Kind.init(rawValue:)),
              let operation = json["operation"]?.string.flatMap(Operation.init(rawValue:)),
              let cloudID = json["cloudId"]?.string, !cloudID.isEmpty
        else { return nil }
        time = json["time"]?.string ?? ""
        self.kind = kind
        self.operation = operation
        run = json["run"]?.string ?? ""
        batch = json["batch"]?.int ?? 0
        self.cloudID = cloudID
        userPrincipalName = json["userPrincipalName"]?.string
        before = json["before"]?.string
        after = json["after"]?.string
        status = json["status"]?.int
        error = json["error"]?.string
    }

    /// `2026-05-01T12:00:00.123Z`: UTC with milliseconds, formatted by hand because a
    /// formatter per record costs more than the rest of the record.
    private static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))T"
            + "\(padded(parts.tm_hour, 2)):\(padded(parts.tm_min, 2)):\(padded(parts.tm_sec, 2)).\(padded(Int32(milliseconds % 1000), 3))Z"
    }
}
