import ArgumentParser

/// The output formats of SPEC §8.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON document.
    case json
    /// One JSON object a line, written as the records arrive.
    case ndjson
    case csv
    /// Aligned text for a person at a terminal.
    case table
}
