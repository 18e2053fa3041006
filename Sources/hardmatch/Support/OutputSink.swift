import Foundation

/// Where a command's output goes: standard output, or a file written atomically.
///
/// A file is written to a temporary name beside it with mode 0600 (the output holds
/// personal data) and renamed into place only by `commit()`: a dump that fails half-way
/// leaves no partial file that could pass for a complete one.
final class OutputSink {
    private let descriptor: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    private var buffer: [UInt8] = []
    private var finished = false

    /// Bytes are handed to the kernel in chunks of this size.
    private static let flushThreshold = 1 << 16

    /// Opens standard output (`path` nil or `-`) or a temporary file beside `path`.
    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = STDOUT_FILENO
            temporaryPath = nil
            finalPath = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".hardmatch-XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        fchmod(opened, 0o600)
        descriptor = opened
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // Before anything else can fail or take time: from here an interrupt removes it.
        InterruptCleanup.install(removing: temporary)
        temporaryPath = temporary
        finalPath = path
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    deinit {
        discard()
    }

    /// True when the output is a terminal a person reads.
    var isTerminal: Bool { temporaryPath == nil && isatty(descriptor) == 1 }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Hands buffered bytes to the kernel.
    func flush() throws {
        if let error = Terminal.writeAll(buffer, to: descriptor) {
            if error == EPIPE && finalPath == nil { throw OutputClosed() }
            throw CommandFailure("cannot write \(finalPath ?? "standard output"): \(String(cString: strerror(error)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file into place.
    func commit() throws {
        try flush()
        guard let temporaryPath, let finalPath, !finished else { return }
        finished = true
        defer { stopHandlingInterrupts() }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CommandFailure("cannot write \(finalPath): \(reason)")
        }
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CommandFailure("cannot write \(finalPath): \(reason)")
        }
    }

    /// Throws away a file that was not committed; nothing for standard output.
    func discard() {
        guard let temporaryPath, !finished else { return }
        finished = true
        defer { stopHandlingInterrupts() }
        close(descriptor)
        unlink(temporaryPath)
    }
}

extension OutputSink {
    private func stopHandlingInterrupts() {
        InterruptCleanup.uninstall()
    }
}

/// Standard output was closed by its reader; the command stops without an error line.
struct OutputClosed: Error {}
