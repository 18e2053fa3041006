/// One line of a terminal table: each field padded to its column's width, cut with `…`
/// when longer, and the last field (past the widths given) left whole.
///
/// The plan and verify tables share it so their columns line up the same way. Fields are
/// laid out as given: a caller escapes directory and cloud text (`TerminalText`) first.
public enum TableRow {
    public static func line(_ fields: [String], widths: [Int]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            guard index < widths.count else {
                line += field
                continue
            }
            let width = widths[index]
            let shown = field.count > width ? String(field.prefix(width - 1)) + "…" : field
            line += shown + String(repeating: " ", count: width - shown.count + 1)
        }
        return line + "\n"
    }
}
