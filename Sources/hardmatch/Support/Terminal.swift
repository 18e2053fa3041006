import Foundation

/// A file descriptor the tool writes text to, with whether a person is watching it.
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    /// True when the descriptor is a terminal: decides the default format and progress lines.
    var isInteractive: Bool { isatty(descriptor) == 1 }

    func writeLine(_ text: String) {
        write(Array((text + "\n").utf8))
    }

    /// Writes all bytes, retrying short writes and EINTR.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
