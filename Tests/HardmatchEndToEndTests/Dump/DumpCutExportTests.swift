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
