import HardmatchCore
import Testing

/// CSV values a spreadsheet would run as formulas are neutralised unless asked otherwise.
@Suite struct CSVTextTests {
    private func line(_ fields: [String?], _ formulas: CSVText.Formulas = .neutralised) -> String {
        var csv = CSVText(formulas: formulas)
        csv.row(fields)
        return String(decoding: csv.bytes, as: UTF8.self)
    }

    @Test(arguments: ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
    func aFormulaIsPrefixedWithAQuote(value: String) {
        let written = line([value])
        #expect(written.hasPrefix("'") || written.hasPrefix("\"'"))
        #expect(written.contains("'" + value))
    }

    @Test func ordinaryValuesAreUnchanged() {
        #expect(line(["alice", "a=b", "", nil, "x-y"]) == "alice,a=b,,,x-y\r\n")
    }

    @Test func exactWritesTheValueAsRead() {
        #expect(line(["=HYPERLINK(\"x\")", "+abc"], .exact) == "\"=HYPERLINK(\"\"x\"\")\",+abc\r\n")
    }

    @Test func theDefaultNeutralises() {
        var csv = CSVText()
        csv.row(["=1"])
        #expect(csv.bytes == Array("'=1\r\n".utf8))
    }
}
