import ArgumentParser
import HardmatchCore
import HardmatchMigration

/// `--read`: how `verify` reads live Graph; `auto` applies `VerifyReadStrategy`'s rule.
///
/// Hidden: the rule picks the cheaper way, and forcing one exists for tests and benchmarks.
enum VerifyReadMode: String, ExpressibleByArgument, CaseIterable {
    case auto
    case batch
    case list

    /// The way to read for `plan`.
    func strategy(for plan: [PlannedEntry]) -> VerifyReadStrategy {
        switch self {
        case .auto: return VerifyReadStrategy.choose(for: plan)
        case .batch: return .batch
        case .list: return .list
        }
    }
}
