import Foundation

/// Ctrl-C or a kill while an output file is written must not leave a hidden partial file.
///
/// A plain `sigaction` handler, not a dispatch signal source: on Linux a source reads a
/// signalfd, which sees a process-directed signal only when every thread blocks it, so under
/// load the signal went to a thread that ignored it and was lost. The handler does only
/// async-signal-safe things: `unlink`, `write`, `_exit`, on C strings made beforehand.
enum InterruptCleanup {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Removes `path` and exits 128 + signal on SIGINT, SIGTERM or SIGHUP.
    static func install(removing path: String) {
        let previous = interruptCleanupPath
        interruptCleanupPath = strdup(path)
        free(previous)
        if interruptCleanupMessage == nil {
            interruptCleanupMessage = strdup("error: interrupted; nothing was written to the output file\n")
        }
        let handler: @convention(c) (Int32) -> Void = { number in
            if let path = interruptCleanupPath { unlink(path) }
            if let message = interruptCleanupMessage { _ = write(STDERR_FILENO, message, strlen(message)) }
            _exit(128 + number)
        }
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        for number in signals { sigaction(number, &action, nil) }
    }

    /// Back to the default actions; the file is committed or already removed.
    static func uninstall() {
        for number in signals { signal(number, SIG_DFL) }
        let previous = interruptCleanupPath
        interruptCleanupPath = nil
        free(previous)
    }
}

/// The file the handler removes, as a C string (read in a signal handler: no Swift runtime).
nonisolated(unsafe) private var interruptCleanupPath: UnsafeMutablePointer<CChar>? = nil
/// The line the handler writes.
nonisolated(unsafe) private var interruptCleanupMessage: UnsafeMutablePointer<CChar>? = nil
