/// Counts of a run, and why it stopped early if it did.
public struct WriteSummary: Sendable, Equatable {
    public var written = 0
    public var wouldWrite = 0
    public var alreadyDone = 0
    /// Skip counts by `SkipReason.category`.
    public var skipped: [String: Int] = [:]
    public var failed = 0
    /// Sent without an answer: re-run to settle them.
    public var unknown = 0
    /// Users not reached because the run stopped.
    public var notAttempted = 0
    /// Why the run stopped before the end (Graph unreachable, Ctrl-C); nil when it finished.
    public var stoppedBecause: String?

    public init() {}

    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// True when every user was settled: nothing failed, unknown, or left unattempted.
    public var isComplete: Bool { failed == 0 && unknown == 0 && notAttempted == 0 && stoppedBecause == nil }

    mutating func count(_ outcome: WriteEvent.Outcome) {
        switch outcome {
        case .wrote: written += 1
        case .wouldWrite: wouldWrite += 1
        case .alreadyDone: alreadyDone += 1
        case .skipped(let reason): skipped[reason.category, default: 0] += 1
        case .failed: failed += 1
        case .unknown: unknown += 1
        }
    }
}
