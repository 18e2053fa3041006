import ArgumentParser

/// The formats of the commands that write a report people read (`check`, and `verify`):
/// those of SPEC §8 for records, and `html`, one page. `dump` and `convert` have no page,
/// so their `OutputFormat` does not offer it.
enum ReportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case ndjson
    case csv
    case table
    /// One self-contained page: the counts as a chart, the entries grouped, one table.
    case html
}
