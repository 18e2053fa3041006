/// What happened to one user, reported as it happens.
public struct WriteEvent: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Graph accepted the write with this status.
        case wrote(before: String?, status: Int)
        /// Dry run: the write that `--yes` would make.
        case wouldWrite(before: String?)
        case alreadyDone(WriteDecision.AlreadyDone)
        case skipped(SkipReason)
        /// Graph refused the write or the read; the message is Graph's, with its code.
        case failed(String)
        /// The write was sent and no answer came: whether it was made is unknown until the user is read again.
        case unknown(String)
    }

    public let target: WriteTarget
    public let outcome: Outcome
}
