import ArgumentParser

/// The formats `plan` writes: one document, so no `ndjson` (SPEC §5).
enum PlanOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case csv
    case table
    /// One self-contained page for a change board: tenant, blockers, conflicts, every entry.
    case html
}
