import Foundation
import HardmatchGraph
import HardmatchMigration

/// What `apply` and `undo` share: the client, the journal, the role holders, the report.
struct WriteRun {
    let operation: JournalRecord.Operation
    let graph: GraphOptions
    /// The journal to resume from and append to; required when `write` is true.
    let journalPath: String?
    /// `--yes`: make the writes. Otherwise a dry run that reads Graph and writes nothing.
    let write: Bool
    /// `--verbose`: the Graph client's requests, retries and skipped writes on standard error.
    var verbose = false

    func run(_ targets: [WriteTarget]) async throws {
        let client = GraphClient(configuration: try graph.configuration(verbose: verbose))
        let history: JournalHistory
        let journal: JournalFile?
        do {
            history = try journalPath.map { try JournalHistory.read(path: $0, operation: operation) } ?? JournalHistory()
            journal = write ? try journalPath.map(JournalFile.init(path:)) : nil
        } catch {
            throw CommandFailure("\(error)")
        }
        let administrators = operation == .apply ? try await roleHolders(client) : []

        let writer = AnchorWriter(client: client, operation: operation, journal: journal, history: history, administrators: administrators)
        let report = WriteReport(output: .standardOutput)
        let interrupt = InterruptSignal()
        let summary: WriteSummary
        do {
            summary = try await writer.run(targets, report: report.line(for:), shouldStop: { interrupt.isRaised })
        } catch {
            throw CommandFailure("\(error)")
        }
        report.summary(summary, operation: operation, dryRun: journal == nil)
        if !summary.isComplete {
            throw CommandFailure(failureLine(summary))
        }
    }

    /// Ids and UPNs of every role holder, assigned or eligible, directly or through a group:
    /// SPEC §9 forbids writing to them, so a part that cannot be read stops the run.
    private func roleHolders(_ client: GraphClient) async throws -> Set<String> {
        let holders: RoleHolders
        do {
            holders = try await client.roleHolders()
        } catch {
            throw CommandFailure("cannot read the role holders, so no write can be checked against them: \(error)")
        }
        if let (part, reason) = holders.unreadable.min(by: { $0.key < $1.key }) {
            throw CommandFailure("cannot read \(part) (\(reason)); no write is made while role holders are unknown: grant RoleManagement.Read.Directory (and RoleEligibilitySchedule.Read.Directory) and run again")
        }
        return holders.lowercasedKeys
    }

    private func failureLine(_ summary: WriteSummary) -> String {
        var parts: [String] = []
        if summary.failed > 0 { parts.append("\(summary.failed) failed") }
        if summary.unknown > 0 { parts.append("\(summary.unknown) sent without an answer") }
        if summary.notAttempted > 0 { parts.append("\(summary.notAttempted) not attempted") }
        let stopped = summary.stoppedBecause.map { "stopped (\($0)): " } ?? ""
        let resume = journal.map { " re-run with --journal \($0) to settle the rest" } ?? ""
        return "\(stopped)\(parts.joined(separator: ", ")) (see above);" + (resume.isEmpty ? " run again to retry" : resume)
    }

    private var journal: String? { write ? journalPath : nil }
}
