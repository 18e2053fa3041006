import HardmatchCore

/// Writes a stream of on-premises users in one of the output formats, a record at a time.
///
/// Every format is streamed, `json` included (its array is opened first and closed
/// last), so a dump of any size needs the memory of one record.
struct UserListWriter {
    let format: OutputFormat
    let sink: OutputSink
    private var json: [UInt8] = []
    private var csv: CSVText
    private(set) var count = 0

    init(format: OutputFormat, sink: OutputSink, formulas: CSVText.Formulas = .neutralised) {
        self.format = format
        self.sink = sink
        self.csv = CSVText(formulas: formulas)
    }

    mutating func begin() throws {
        switch format {
        case .json: try sink.write("[")
        case .csv:
            csv.row(OnPremUserFormat.columns)
            try sink.write(csv.bytes)
            csv.removeAll()
        case .table:
            try sink.write(Self.tableRow(["sAMAccountName", "enabled", "sourceAnchor", "userPrincipalName", "primarySmtp", "outOfScope"]))
        case .ndjson: break
        }
    }

    mutating func append(_ user: OnPremUser) throws {
        count += 1
        switch format {
        case .json, .ndjson:
            json.removeAll(keepingCapacity: true)
            if format == .json { JSONText.appendLiteral(count == 1 ? "\n" : ",\n", to: &json) }
            OnPremUserFormat.appendJSON(user, to: &json)
            if format == .ndjson { json.append(UInt8(ascii: "\n")) }
            try sink.write(json)
        case .csv:
            csv.removeAll()
            csv.row(OnPremUserFormat.csvFields(user))
            try sink.write(csv.bytes)
        case .table:
            // Held until the end, to be sorted by name: a table is for a person at a
            // terminal, who looks a user up by name (the read order is the anchor's).
            tableRows.append((user.sAMAccountName?.lowercased() ?? "", Self.tableRow([
                user.sAMAccountName ?? "-", user.enabled.map { $0 ? "yes" : "no" } ?? "-",
                user.sourceAnchor.string, user.userPrincipalName ?? "-", user.primarySmtp ?? "-",
                user.outOfScope?.rawValue ?? "-",
            ])))
        }
    }

    /// The table's rows with their sort key, written by `end()`.
    private var tableRows: [(key: String, line: String)] = []

    mutating func end() throws {
        if format == .json { try sink.write(count == 0 ? "]\n" : "\n]\n") }
        try writeHeldRows()
        try sink.flush()
    }

    /// Writes the table rows held so far, sorted by name (also what a failed dump printed).
    mutating func writeHeldRows() throws {
        for row in tableRows.enumerated().sorted(by: { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }) {
            try sink.write(row.element.line)
        }
        tableRows = []
    }

    private static let widths = [20, 7, 24, 40, 40]

    /// A fixed-width row: a streamed table cannot measure columns it has not seen yet.
    private static func tableRow(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.map(TerminalText.escaped).enumerated() {
            if index < widths.count {
                let width = widths[index]
                let shown = field.count > width ? String(field.prefix(width - 1)) + "…" : field
                line += shown + String(repeating: " ", count: width - shown.count + 2)
            } else {
                line += field
            }
        }
        return line + "\n"
    }
}
