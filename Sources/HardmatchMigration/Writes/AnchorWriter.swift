import Foundation
import Logging
import HardmatchCore
import HardmatchGraph

/// Makes anchor writes safely: re-read, decide, journal the intent, write, journal the result.
///
/// Users are handled 20 at a time, the size of one Graph batch: one batched read of their
/// live state, then one batched write of those that pass every check. The intent records of
/// a batch reach the disk before the batch is sent, and its results before the next batch
/// starts, so a crash at any moment leaves a journal that says what was done, and a re-run
/// with the same journal reads the uncertain users again instead of writing them blindly.
///
/// The heart of `HardmatchMigration`: `apply` and `undo` decide and journal here, and use
/// `GraphClient` only for its batched reads and writes.
public struct AnchorWriter {
    public let client: GraphClient
    public let operation: JournalRecord.Operation
    /// Nil for a dry run: nothing is written, to Graph or to disk.
    public let journal: JournalFile?
    public let history: JournalHistory
    /// Role holders' ids and UPNs, lower-cased.
    public let administrators: Set<String>

    public init(client: GraphClient, operation: JournalRecord.Operation, journal: JournalFile?, history: JournalHistory, administrators: Set<String>) {
        self.client = client
        self.operation = operation
        self.journal = journal
        self.history = history
        self.administrators = Set(administrators.map { $0.lowercased() })
    }

    private var isDryRun: Bool { journal == nil }

    /// Handles every target, calling `report` for each as it is settled; checks `shouldStop`
    /// between batches (Ctrl-C). Throws only when the journal cannot be written.
    public func run(
        _ targets: [WriteTarget], report: (WriteEvent) -> Void, shouldStop: () -> Bool = { false }
    ) async throws(JournalError) -> WriteSummary {
        var summary = WriteSummary()
        let runID = String(UUID().uuidString.prefix(8)).lowercased()
        let batches = stride(from: 0, to: targets.count, by: GraphClient.requestsPerBatch).map {
            Array(targets[$0..<min($0 + GraphClient.requestsPerBatch, targets.count)])
        }
        for (index, batch) in batches.enumerated() {
            if summary.stoppedBecause == nil && shouldStop() {
                summary.stoppedBecause = "interrupted"
            }
            if summary.stoppedBecause != nil {
                summary.notAttempted += batch.count
                continue
            }
            let outcomes = Self.inOrder(try await handle(batch, number: index + 1, runID: runID, summary: &summary), of: batch)
            for event in outcomes {
                summary.count(event.outcome)
                report(event)
            }
        }
        return summary
    }

    // MARK: - One batch

    private func handle(_ batch: [WriteTarget], number: Int, runID: String, summary: inout WriteSummary) async throws(JournalError) -> [WriteEvent] {
        func record(_ kind: JournalRecord.Kind, _ target: WriteTarget, before: String?, status: Int? = nil, error: String? = nil) -> JournalRecord {
            JournalRecord(
                kind: kind, operation: operation, run: runID, batch: number, cloudID: target.cloudID,
                userPrincipalName: target.userPrincipalName, before: before, after: target.value, status: status, error: error
            )
        }

        var live: [String: Result<CloudUser?, GraphError>]
        do {
            live = try await client.users(ids: batch.map(\.cloudID))
            let guarded = batch.filter(\.needsHardeningFacts).map(\.cloudID)
            if !guarded.isEmpty {
                for (id, facts) in try await client.hardeningFacts(ids: guarded) {
                    guard case .success(var user?)? = live[id] else { continue }
                    switch facts {
                    case .success(let facts):
                        user.onPremisesObjectIdentifier = facts.onPremisesObjectIdentifier
                        user.isCloudManaged = facts.isCloudManaged
                        live[id] = .success(user)
                    case .failure(let error):
                        live[id] = .failure(error)
                    }
                }
            }
        } catch {
            summary.stoppedBecause = "reading users failed: \(error)"
            summary.notAttempted += batch.count
            return []
        }

        var events: [WriteEvent] = []
        var toWrite: [(target: WriteTarget, before: String?)] = []
        var records: [JournalRecord] = []
        for target in batch {
            let user: CloudUser?
            switch live[target.cloudID] {
            case .success(let found)?: user = found
            case .failure(let error)?:
                events.append(WriteEvent(target: target, outcome: .failed("cannot read the user: \(error)")))
                continue
            case nil:
                events.append(WriteEvent(target: target, outcome: .failed("no answer when reading the user")))
                continue
            }
            let decision = WriteDecision.decide(
                target, live: user, journal: history.states[target.cloudID], administrators: administrators,
                guardsCloudOnly: operation == .apply
            )
            switch decision {
            case .write(let before):
                if isDryRun {
                    events.append(WriteEvent(target: target, outcome: .wouldWrite(before: before)))
                } else {
                    toWrite.append((target, before))
                    records.append(record(.intent, target, before: before))
                }
            case .alreadyDone(let done):
                if case .confirmed(let before) = done {
                    records.append(record(.confirmed, target, before: before))
                }
                events.append(WriteEvent(target: target, outcome: .alreadyDone(done)))
            case .skip(let reason):
                client.logger.info("write skipped", metadata: ["cloudID": "\(target.cloudID)", "reason": "\(reason)"])
                records.append(record(.skipped, target, before: user?.onPremisesImmutableId, error: reason.description))
                events.append(WriteEvent(target: target, outcome: .skipped(reason)))
            }
        }
        guard let journal else { return events }
        try journal.append(records)
        guard !toWrite.isEmpty else { return events }

        var results: [JournalRecord] = []
        do {
            let answers = try await client.setImmutableIds(toWrite.map { ImmutableIdChange(userID: $0.target.cloudID, value: $0.target.value) })
            for (target, before) in toWrite {
                switch answers[target.cloudID] {
                case .success(let status)?:
                    results.append(record(.result, target, before: before, status: status))
                    events.append(WriteEvent(target: target, outcome: .wrote(before: before, status: status)))
                case .failure(let error)?:
                    results.append(record(.result, target, before: before, status: error.status, error: error.description))
                    events.append(WriteEvent(target: target, outcome: error.status == nil ? .unknown(error.description) : .failed(error.description)))
                case nil:
                    results.append(record(.result, target, before: before, error: "no answer in the batch"))
                    events.append(WriteEvent(target: target, outcome: .unknown("no answer in the batch")))
                }
            }
        } catch {
            // The batch may or may not have reached Graph: the journal says so, and a re-run reads these users again.
            let reason = "the write batch got no answer (\(error)); whether it was made is unknown"
            for (target, before) in toWrite {
                results.append(record(.result, target, before: before, error: reason))
                events.append(WriteEvent(target: target, outcome: .unknown(reason)))
            }
            summary.stoppedBecause = "writing failed: \(error)"
        }
        try journal.append(results)
        return events
    }

    /// The events in the batch's own order, whatever order they were settled in.
    private static func inOrder(_ events: [WriteEvent], of batch: [WriteTarget]) -> [WriteEvent] {
        let position = Dictionary(batch.enumerated().map { ($1.cloudID, $0) }, uniquingKeysWith: { first, _ in first })
        return events.sorted { (position[$0.target.cloudID] ?? 0) < (position[$1.target.cloudID] ?? 0) }
    }
}
