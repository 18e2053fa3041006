import Foundation

/// Appends records to a journal and forces them to disk before the caller goes on.
///
/// Opened for appending, mode 0600 (it names users); each `append` is one `write` followed by
/// `fsync`, so after a crash the file holds every record appended before it, and at most the
/// last line is cut short (which `JournalHistory` ignores).
public final class JournalFile {
    public let path: String
    private let descriptor: Int32

    public init(path: String) throws(JournalError) {
        self.path = path
        let opened = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard opened >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        descriptor = opened
        // A line cut short by a crash must not run into the first record of this run.
        if let last = Self.lastByte(of: path), last != UInt8(ascii: "\n") {
            try write(Array("\n".utf8))
        }
    }

    deinit {
        close(descriptor)
    }

    /// Writes the records and returns once they are on disk.
    public func append(_ records: [JournalRecord]) throws(JournalError) {
        guard !records.isEmpty else { return }
        try write(records.flatMap(\.line))
        guard fsync(descriptor) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private func write(_ bytes: [UInt8]) throws(JournalError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(failure))) }
    }

    private static func lastByte(of path: String) -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end > 0 else { return nil }
        try? handle.seek(toOffset: end - 1)
        return (try? handle.read(upToCount: 1))?.first
    }
}
