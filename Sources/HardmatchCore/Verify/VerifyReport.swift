/// Everything `verify` found: one result per plan entry, in the plan's order, and the counts.
///
/// A value that the formats (`VerifyFormat`, and any later one) only read.
public struct VerifyReport: Sendable, Equatable {
    public var results: [VerifyResult]

    public init(results: [VerifyResult]) {
        self.results = results
    }

    /// Entries per status, every status present (zero included), in `VerifyStatus` order.
    public var summary: [(status: VerifyStatus, count: Int)] {
        var counts = [VerifyStatus: Int]()
        for result in results { counts[result.status, default: 0] += 1 }
        return VerifyStatus.allCases.map { ($0, counts[$0] ?? 0) }
    }

    /// True when the sync did exactly what the plan said: exit status 0.
    public var allAsPlanned: Bool { results.allSatisfy { $0.status == .asPlanned } }

    /// `asPlanned 3, notSyncedYet 1, ...` for standard error and the table.
    public var summaryLine: String {
        summary.map { "\($0.status.rawValue) \($0.count)" }.joined(separator: ", ")
    }
}
