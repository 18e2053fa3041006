import Foundation
import HardmatchCore

/// A file descriptor the tool writes text to, with whether a person is watching it.
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    /// True when the descriptor is a terminal: decides the default format and progress lines.
    var isInteractive: Bool { isatty(descriptor) == 1 }

    /// Writes one line; control characters in it (from directory or cloud text quoted in an
    /// `error:` or `warning:` line) are shown escaped, never sent to the terminal.
    func writeLine(_ text: String) {
        write(Array((TerminalText.escaped(text) + "\n").utf8))
    }

    /// Writes all bytes, retrying short writes and EINTR; a failure is dropped, as there
    /// is nowhere left to report it.
    func write(_ bytes: [UInt8]) {
        _ = Self.writeAll(bytes, to: descriptor)
    }

    /// Writes all bytes to `descriptor`, retrying short writes and EINTR; returns the
    /// `errno` of a failed write, or nil when everything was written.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
