/// Appends RFC 4180 CSV rows to a byte buffer.
///
/// By default a field that a spreadsheet would run as a formula (OWASP's list: one that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`,
/// so a directory value such as `=HYPERLINK(...)` in a displayName is shown, not evaluated.
/// `--csv-exact` writes every value exactly as read, for programs rather than spreadsheets.
public struct CSVText: Sendable {
    /// How values a spreadsheet would run as formulas are written.
    public enum Formulas: Sendable {
        /// Prefixed with `'` (the default).
        case neutralised
        /// Written as they are.
        case exact
    }

    public private(set) var bytes: [UInt8] = []
    public let formulas: Formulas

    public init(formulas: Formulas = .neutralised) {
        self.formulas = formulas
    }

    /// Whether a spreadsheet would treat the value as a formula.
    public static func startsFormula(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0d: return true
        default: return false
        }
    }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes one row; absent values are empty fields.
    public mutating func row(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if let field {
                Self.appendField(formulas == .neutralised && Self.startsFormula(field) ? "'" + field : field, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes.
    public static func appendField(_ value: String, to bytes: inout [UInt8]) {
        let utf8 = value.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0a || $0 == 0x0d }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
