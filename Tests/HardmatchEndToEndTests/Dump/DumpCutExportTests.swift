import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch dump` on an export cut in the middle of a record: the error says what was
/// printed, and it is true.
@Suite struct DumpCutExportTests {
    static func user(_ name: String, _ number: UInt8) -> String {
        let guid = Data([number] + [UInt8](repeating: 0x42, count: 15)).base64EncodedString()
        return "dn: CN=\(name),OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: \(guid)\nsAMAccountName: \(name)\n\n"
    }

    /// A record whose last line was cut before its colon.
    static let cut = "dn: CN=Cut,OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGU"

    func dump(_ text: String, _ extra: [String] = []) throws -> CommandRunner.Result {
        try CommandRunner.run(["dump", "--ldif", "-", "--format", "ndjson"] + extra, input: Data(text.utf8))
    }

    @Test func theUsersReadBeforeTheCutArePrintedAndTheMessageSaysSo() throws {
        let result = try dump(Self.user("ann", 1) + Self.user("bob", 2) + Self.cut)
        #expect(result.status != 0)
        #expect(result.output.split(separator: "\n").count == 2)
        let line = try #require(result.errorLines.last)
        #expect(line.hasPrefix("error: standard input:13: "))
        #expect(line.hasSuffix("; the 2 users read before it are printed above, and the list is incomplete"))
    }

    @Test func aCutInTheFirstRecordSaysNothingWasPrinted() throws {
        let result = try dump(Self.cut)
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.last?.hasSuffix("; no user was printed") == true)
    }

    @Test func aCutWithAnOutputFileLeavesNoFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).ndjson").path
        let result = try dump(Self.user("ann", 1) + Self.cut, ["--output", path])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(result.errorLines.last?.hasSuffix("; no output file was written") == true)
    }
}

/// An export that left out `sAMAccountName` would make every user out of scope: said once.
@Suite struct DumpMissingAttributeTests {
    @Test func anExportWithoutAccountNamesIsNamedAsSuch() throws {
        let guid = Data([7] + [UInt8](repeating: 0x42, count: 15)).base64EncodedString()
        let text = "dn: CN=Ann,OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: \(guid)\nuserPrincipalName: ann@contoso.com\n\n"
        let result = try CommandRunner.run(["dump", "--ldif", "-", "--format", "ndjson"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("\"outOfScope\":\"noSAMAccountName\""))
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("warning: no user has a sAMAccountName") == true)

        let withName = text.replacingOccurrences(of: "userPrincipalName:", with: "sAMAccountName: ann\nuserPrincipalName:")
        let fine = try CommandRunner.run(["dump", "--ldif", "-", "--format", "ndjson"], input: Data(withName.utf8))
        #expect(fine.errorLines.isEmpty)
    }
}
