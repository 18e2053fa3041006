/// How many entries have each outcome, and each conflict reason.
public struct PlanSummary: Sendable, Equatable {
    public private(set) var counts: [MatchOutcome: Int] = [:]
    public private(set) var reasons: [ConflictReason: Int] = [:]

    public init() {}

    public init(_ entries: [PlanEntry]) {
        for index in entries.indices { count(entries[index].outcome, entries[index].reason) }
    }

    public mutating func count(_ outcome: MatchOutcome, _ reason: ConflictReason?) {
        counts[outcome, default: 0] += 1
        if let reason { reasons[reason, default: 0] += 1 }
    }

    public subscript(outcome: MatchOutcome) -> Int { counts[outcome] ?? 0 }
    public subscript(reason: ConflictReason) -> Int { reasons[reason] ?? 0 }

    /// `3 anchored, 0 softMatch, ...; conflicts: 2 guest, ...` for a one-line report.
    public var line: String {
        var text = MatchOutcome.allCases.map { "\(self[$0]) \($0.rawValue)" }.joined(separator: ", ")
        let conflicts = ConflictReason.allCases.filter { self[$0] > 0 }.map { "\(self[$0]) \($0.rawValue)" }
        if !conflicts.isEmpty { text += " (conflicts: " + conflicts.joined(separator: ", ") + ")" }
        return text
    }
}
