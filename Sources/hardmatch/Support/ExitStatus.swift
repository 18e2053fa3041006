/// The exit statuses `hardmatch` promises to scripts.
enum ExitStatus: Int32 {
    case success = 0
    /// Something failed; the `error:` line says what.
    case failure = 1
    /// `check` found an error-level finding (SPEC §7).
    case findings = 3
    /// The command line itself was wrong (ArgumentParser's usage code).
    case usage = 64
}

/// A failure to report as one `error:` line with a chosen exit status.
struct CommandFailure: Error {
    let message: String
    let status: ExitStatus

    init(_ message: String, status: ExitStatus = .failure) {
        self.message = message
        self.status = status
    }
}
