import HardmatchCore
import HardmatchMigration

/// Prints one line per user as it is settled, and the summary at the end.
struct WriteReport {
    let output: Terminal

    func line(for event: WriteEvent) {
        let who = "\(Self.printable(event.target.userPrincipalName ?? event.target.cloudID)) (\(Self.printable(event.target.cloudID)))"
        let change = "\(Self.shown(event.target.value))"
        switch event.outcome {
        case .wrote(let before, _):
            output.writeLine("wrote        \(who): \(Self.shown(before)) -> \(change)")
        case .wouldWrite(let before):
            output.writeLine("would write  \(who): \(Self.shown(before)) -> \(change)")
        case .alreadyDone(.earlierRun):
            output.writeLine("done         \(who): written by an earlier run (journal), still \(change)")
        case .alreadyDone(.confirmed):
            output.writeLine("done         \(who): an interrupted run's write was made, now recorded")
        case .alreadyDone(.alreadySet):
            output.writeLine("unchanged    \(who): already \(change)")
        case .skipped(let reason):
            output.writeLine("skipped      \(who): \(Self.printable(reason.description))")
        case .failed(let message):
            output.writeLine("failed       \(who): \(Self.printable(message))")
        case .unknown(let message):
            output.writeLine("unknown      \(who): \(Self.printable(message))")
        }
    }

    func summary(_ summary: WriteSummary, operation: JournalRecord.Operation, dryRun: Bool) {
        var parts: [String] = []
        if dryRun {
            parts.append("\(summary.wouldWrite) would be written")
        } else {
            parts.append("\(summary.written) written")
        }
        parts.append("\(summary.alreadyDone) already done")
        let reasons = summary.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        parts.append("\(summary.skippedTotal) skipped" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"))
        parts.append("\(summary.failed) failed")
        if summary.unknown > 0 { parts.append("\(summary.unknown) unknown") }
        if summary.notAttempted > 0 { parts.append("\(summary.notAttempted) not attempted") }
        let mode = dryRun ? "dry run, nothing written" : operation.rawValue
        output.writeLine("\(mode): " + parts.joined(separator: ", "))
        if dryRun && summary.wouldWrite > 0 {
            output.writeLine("to write, run again with --yes --journal PATH")
        }
    }

    private static func shown(_ value: String?) -> String { value.map(printable) ?? "null" }

    /// Graph and plan values on one terminal line (see `TerminalText`).
    static func printable(_ text: String) -> String { TerminalText.escaped(text) }
}
