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

/// A table is for a person: users by name, not in the order of their anchors.
@Suite struct DumpTableOrderTests {
    @Test func theTableIsSortedByAccountName() throws {
        let records = [("zoe.odegard", 1), ("li.lei", 2), ("Bob", 3)].map { name, number in
            let guid = Data([UInt8(number)] + [UInt8](repeating: 0x42, count: 15)).base64EncodedString()
            return "dn: CN=\(name),OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: \(guid)\nsAMAccountName: \(name)\n\n"
        }
        let result = try CommandRunner.run(["dump", "--ldif", "-", "--format", "table"], input: Data(records.joined().utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let names = result.output.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != " " }) }
        #expect(names == ["Bob", "li.lei", "zoe.odegard"])
    }
}
