import Foundation
import HardmatchTestSupport
import Testing

/// Directory text that would drive a terminal or a spreadsheet reaches neither as such.
@Suite struct DumpHostileTextTests {
    /// A user whose account name holds an escape sequence and whose UPN is a formula.
    static let export: String = {
        let guid = Data([9] + [UInt8](repeating: 0x42, count: 15)).base64EncodedString()
        let name = Data("ev\u{1b}]0;owned\u{07}il".utf8).base64EncodedString()
        return "dn: CN=Evil,OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: \(guid)\nsAMAccountName:: \(name)\nuserPrincipalName: =HYPERLINK(\"http://x\")@contoso.com\n\n"
    }()

    @Test func aTableShowsControlCharactersEscaped() throws {
        let result = try CommandRunner.run(["dump", "--ldif", "-", "--format", "table"], input: Data(Self.export.utf8))
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains(0x1b))
        #expect(!result.standardOutput.contains(0x07))
        #expect(result.output.contains("ev\\u{1b}]0;owned"))
    }

    @Test func csvNeutralisesAFormulaByDefault() throws {
        let result = try CommandRunner.run(["dump", "--ldif", "-", "--format", "csv"], input: Data(Self.export.utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("\"'=HYPERLINK(\"\"http://x\"\")@contoso.com\""))
    }

    @Test func csvExactKeepsTheValue() throws {
        let result = try CommandRunner.run(["dump", "--ldif", "-", "--format", "csv", "--csv-exact"], input: Data(Self.export.utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("\"=HYPERLINK(\"\"http://x\"\")@contoso.com\""))
        #expect(!result.output.contains("'=HYPERLINK"))
    }
}
