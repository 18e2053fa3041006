import Foundation

/// Appends records to a journal and forces them to disk before the caller goes on: the
/// migration's record of every write (`HardmatchMigration`), which `undo` reads back.
///
/// Opened for appending, mode 0600 (it names users); each `append` is one `write` followed by
/// `fsync`, so after a crash the file holds every record appended before it, and at most the
/// last line is cut short (which `JournalHistory` ignores).
///
/// One run at a time: the file is held under an exclusive `flock` for the life of this object,
/// so a second `apply` or `undo` on the same journal is refused instead of interleaving its
/// records. A symbolic link is refused (`O_NOFOLLOW`), and a newly created journal has its
/// directory fsynced, so the file itself survives a crash, not only its contents.
public final class JournalFile {
    public let path: String
    private let descriptor: Int32

    public init(path: String) throws(JournalError) {
        self.path = path
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW
        var created = true
        var opened = open(path, flags | O_CREAT | O_EXCL, 0o600)
        if opened < 0, errno == EEXIST {
            created = false
            opened = open(path, flags)
        }
        guard opened >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; give the journal's real path" : String(cString: strerror(errno))
            throw .cannotOpen(path: path, reason: reason)
        }
        descriptor = opened
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(opened)
            throw busy ? .inUse(path: path) : .cannotOpen(path: path, reason: "cannot lock it: \(reason)")
        }
        if created {
            try Self.syncDirectory(of: path)
        }
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

    /// Forces the directory entry of a new journal to disk.
    private static func syncDirectory(of path: String) throws(JournalError) {
        let directory = (path as NSString).deletingLastPathComponent
        let opened = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else { throw .cannotWrite(path: path, reason: "cannot open its directory: \(String(cString: strerror(errno)))") }
        defer { close(opened) }
        guard fsync(opened) == 0 else {
            throw .cannotWrite(path: path, reason: "cannot sync its directory: \(String(cString: strerror(errno)))")
        }
    }

    private static func lastByte(of path: String) -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end > 0 else { return nil }
        try? handle.seek(toOffset: end - 1)
        return (try? handle.read(upToCount: 1))?.first
    }
}
