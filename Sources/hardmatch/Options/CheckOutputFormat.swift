import ArgumentParser

/// The formats `check` writes: those of SPEC §8 for records, and `html`, a page for the
/// people who fix the directory (`dump` and `convert` have no page, so their `OutputFormat`
/// does not offer it).
enum CheckOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case ndjson
    case csv
    case table
    /// One self-contained page: counts per severity and rule, findings by rule, one table.
    case html
}
