import ArgumentParser
import Foundation
import HardmatchCore

/// `hardmatch convert`: one identity in every form an administrator meets it in.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert between GUID, ImmutableId, hex bytes and LDAP filter escape.",
        discussion: """
        Each VALUE's form is detected: a GUID string (dashes, braces or 32 bare hex digits), \
        an ImmutableId (24 base64 characters), raw hex bytes (`e1 65 d2 ...`, `E1-65-...` or \
        `0xe165...`) or an LDAP escape (`\\e1\\65...`). `-` reads values from standard input, \
        one per line. Invalid values are reported on standard error; the others still convert.

        Examples:
          hardmatch convert 4WXSe+OMM0WUYfwqv5kYoA==
          hardmatch convert --format csv - < immutable-ids.txt
        """
    )

    @Option(help: ArgumentHelp("Output format: table, json, ndjson or csv (default: table on a terminal, csv otherwise).", valueName: "FORMAT"))
    var format: OutputFormat?

    @Argument(help: "Values to convert; `-` reads one value per line from standard input.")
    var values: [String]

    func validate() throws {
        guard !values.isEmpty else { throw ValidationError("give at least one value, or - to read standard input") }
    }

    func run() throws {
        let sink = try OutputSink(path: nil)
        let chosen = format ?? (sink.isTerminal ? .table : .csv)
        var writer = ConversionWriter(format: chosen)
        var failures = 0

        func convert(_ text: String, label: String) throws {
            do {
                let (guid, form) = try ObjectGUID.parse(text)
                writer.append(input: text, form: form, guid: guid)
                if writer.bytes.count >= 1 << 16 {
                    try sink.write(writer.bytes)
                    writer.removeAll()
                }
            } catch let error as IdentifierError {
                failures += 1
                Terminal.standardError.writeLine("error: \(label)\(error)")
            }
        }

        writer.begin()
        for value in values {
            if value == "-" {
                try LineReader(descriptor: STDIN_FILENO).forEachLine { line, number in
                    switch line {
                    case .text(let bytes):
                        guard let text = String(validating: bytes, as: UTF8.self) else {
                            failures += 1
                            Terminal.standardError.writeLine("error: standard input line \(number): not valid UTF-8")
                            return
                        }
                        try convert(text, label: "standard input line \(number): ")
                    case .tooLong(let length):
                        failures += 1
                        Terminal.standardError.writeLine("error: standard input line \(number): \(length) bytes long; no identifier is longer than 48 characters")
                    }
                }
            } else {
                try convert(value, label: "")
            }
        }
        writer.end()
        try sink.write(writer.bytes)
        try sink.commit()
        if failures > 0 {
            throw CommandFailure("\(failures) value\(failures == 1 ? "" : "s") could not be converted")
        }
    }
}

/// Formats conversions in one of the output formats.
struct ConversionWriter {
    let format: OutputFormat
    private var json = JSONText()
    /// Exact: every field is an identifier or the value the user typed (an ImmutableId may
    /// start with `+`), never directory text, so there is nothing to neutralise.
    private var csv = CSVText(formulas: .exact)
    private var text: [UInt8] = []
    private var count = 0

    init(format: OutputFormat) {
        self.format = format
    }

    var bytes: [UInt8] {
        switch format {
        case .json, .ndjson: return json.bytes
        case .csv: return csv.bytes
        case .table: return text
        }
    }

    mutating func removeAll() {
        json.removeAll()
        csv.removeAll()
        text.removeAll(keepingCapacity: true)
    }

    mutating func begin() {
        switch format {
        case .json: json.raw("[")
        // The CSV header comes with the first row: a run where nothing converts prints
        // only its errors, not a header that looks like an (empty) answer.
        case .csv, .ndjson, .table: break
        }
    }

    mutating func append(input: String, form: IdentifierForm, guid: ObjectGUID) {
        count += 1
        if count == 1 && format == .csv {
            csv.row(["input", "form", "guid", "immutableId", "hex", "ldapFilter"])
        }
        switch format {
        case .json, .ndjson:
            if format == .json { json.raw(count == 1 ? "\n" : ",\n") }
            json.beginObject()
            json.field("input", input)
            json.field("form", form.rawValue)
            json.field("guid", guid.string)
            json.field("immutableId", guid.immutableID.string)
            json.field("hex", guid.hex)
            json.field("ldapFilter", guid.ldapFilterEscape)
            json.endObject()
            if format == .ndjson { json.raw("\n") }
        case .csv:
            csv.row([input, form.rawValue, guid.string, guid.immutableID.string, guid.hex, guid.ldapFilterEscape])
        case .table:
            if count > 1 { text.append(0x0a) }
            let rows: [(String, String)] = [
                ("input", "\(input)  (\(form.rawValue))"),
                ("guid", guid.string),
                ("immutableId", guid.immutableID.string),
                ("hex", guid.hex),
                ("ldapFilter", guid.ldapFilterEscape),
            ]
            for (name, value) in rows {
                text.append(contentsOf: (name.padding(toLength: 13, withPad: " ", startingAt: 0) + value + "\n").utf8)
            }
        }
    }

    mutating func end() {
        if format == .json { json.raw(count == 0 ? "]\n" : "\n]\n") }
    }
}
