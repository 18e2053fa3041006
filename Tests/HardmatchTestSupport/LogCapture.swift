import Foundation
import Logging

/// A `Logger` whose messages a test reads back: what a program embedding the libraries sees.
public final class LogCapture: @unchecked Sendable {
    /// One message as the handler received it, metadata rendered `key=value`.
    public struct Line: Sendable {
        public let level: Logger.Level
        public let message: String
        public let metadata: [String: String]

        /// The message and its metadata on one line, for searching.
        public var text: String {
            ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    private let lock = NSLock()
    private var captured: [Line] = []

    public init() {}

    /// A logger at `.trace` that records into this capture.
    public func logger(_ label: String) -> Logger {
        var logger = Logger(label: label, factory: { _ in Handler(capture: self) })
        logger.logLevel = .trace
        return logger
    }

    public var lines: [Line] { lock.withLock { captured } }

    /// Every line joined, to search for what must never be logged.
    public var text: String { lines.map(\.text).joined(separator: "\n") }

    /// The lines whose message is `message`.
    public func lines(_ message: String) -> [Line] { lines.filter { $0.message == message } }

    fileprivate func append(_ line: Line) { lock.withLock { captured.append(line) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = metadata.merging(event.metadata ?? [:]) { $1 }.mapValues { "\($0)" }
            capture.append(Line(level: event.level, message: "\(event.message)", metadata: fields))
        }
    }
}
