import Logging

/// What `--verbose` attaches to the libraries' loggers: one line per message on standard
/// error, `debug: hardmatch.graph: request method=GET path=/v1.0/users…`.
///
/// The libraries never hand a logger a password, a token, a secret or a key, so this handler
/// prints what it is given as it is.
struct StandardErrorLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
        let line = (["\(event.level): \(label): \(event.message)"] + fields).joined(separator: " ")
        Terminal.standardError.writeLine(line)
    }
}

// MARK: - Loggers

extension Logger {
    /// The logger the libraries get: printing to standard error with `--verbose`, silent without.
    static func hardmatch(_ label: String, verbose: Bool) -> Logger {
        guard verbose else { return Logger(label: label, factory: { _ in SwiftLogNoOpLogHandler() }) }
        var logger = Logger(label: label, factory: { StandardErrorLogHandler(label: $0) })
        logger.logLevel = .debug
        return logger
    }
}
