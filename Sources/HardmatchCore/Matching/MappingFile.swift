/// The `--mapping FILE` of SPEC §5: CSV rows `onPrem,cloud` that pair users explicitly,
/// for the cases no rule can see (a renamed person, a cloud account named differently).
///
/// The header row `onPrem,cloud` is optional. The on-premises side may be a DN, UPN,
/// mail, primary or other SMTP address, sAMAccountName, objectGUID (any GUID form) or
/// ImmutableId; the cloud side a Graph object id, UPN or mail. All but ImmutableIds are
/// compared ignoring case.
public struct MappingFile: Sendable, Equatable {
    /// One data row and its 1-based line number.
    public struct Row: Sendable, Equatable {
        public var onPrem: String
        public var cloud: String
        public var line: Int

        public init(onPrem: String, cloud: String, line: Int) {
            self.onPrem = onPrem
            self.cloud = cloud
            self.line = line
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Reads the CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
    public init(text bytes: [UInt8]) throws(MappingFileError) {
        var rows: [Row] = []
        let records = try CSVRecords.parse(bytes.starts(with: [0xef, 0xbb, 0xbf]) ? Array(bytes.dropFirst(3)) : bytes)
        for (index, record) in records.enumerated() {
            let fields = record.fields.map { Substring($0).trimmingWhitespace() }
            if fields.allSatisfy(\.isEmpty) { continue }
            if index == 0, fields.map({ $0.lowercased() }) == ["onprem", "cloud"] { continue }
            guard fields.count == 2 else { throw .wrongFieldCount(line: record.line, count: fields.count) }
            guard !fields[0].isEmpty else { throw .emptyField(line: record.line, column: "onPrem") }
            guard !fields[1].isEmpty else { throw .emptyField(line: record.line, column: "cloud") }
            rows.append(Row(onPrem: fields[0], cloud: fields[1], line: record.line))
        }
        self.rows = rows
    }
}

/// Why the mapping file cannot be used; `line` is 1-based.
public enum MappingFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unterminatedQuote(line: Int)
    case textAfterQuote(line: Int)
    case invalidUTF8(line: Int)
    case wrongFieldCount(line: Int, count: Int)
    case emptyField(line: Int, column: String)
    case severalUsers(line: Int, side: String, value: String, matches: [String])

    public var description: String {
        switch self {
        case .unterminatedQuote(let line):
            return "line \(line): a quoted field is never closed"
        case .textAfterQuote(let line):
            return "line \(line): text after a closing quote (write a quote inside a quoted field as \"\")"
        case .invalidUTF8(let line):
            return "line \(line): not UTF-8 text"
        case .wrongFieldCount(let line, let count):
            return "line \(line): \(count) field\(count == 1 ? "" : "s"); each row is onPrem,cloud"
        case .emptyField(let line, let column):
            return "line \(line): the \(column) field is empty"
        case .severalUsers(let line, let side, let value, let matches):
            let shown = matches.prefix(5).joined(separator: ", ") + (matches.count > 5 ? ", ..." : "")
            return "line \(line): \(side) \(IdentifierError.quote(value)) names \(matches.count) users (\(shown)); use a value that names one (a DN, an object id or a GUID)"
        }
    }
}
