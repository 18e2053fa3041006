import Foundation
import HardmatchCore
import HardmatchTestSupport
import Testing

/// An LDIF export of the test DC reads exactly as the DC itself (issue: offline sources).
@Suite struct DumpFromExportTests {
    let directory = TestDirectory.current

    @Test(arguments: ["json", "ndjson", "csv"])
    func anExportDumpsExactlyAsTheLiveDirectory(format: String) throws {
        let export = try Oracle.export(directory, filter: "(&(objectCategory=person)(objectClass=user))", attributes: OnPremUserMapping.attributes)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).ldif")
        try Data(export.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let live = try CommandRunner.run(["dump", "--format", format] + directory.connectionArguments, environment: directory.passwordEnvironment)
        let offline = try CommandRunner.run(["dump", "--format", format, "--ldif", file.path])
        let piped = try CommandRunner.run(["dump", "--format", format, "--ldif", "-"], input: Data(export.utf8))
        #expect(live.status == 0, "\(live.standardError)")
        #expect(offline.status == 0, "\(offline.standardError)")
        #expect(offline.standardOutput.count > 1000)
        #expect(offline.standardOutput == live.standardOutput)
        #expect(piped.standardOutput == live.standardOutput)
    }

    @Test func aRecordWithoutObjectGUIDIsReportedNotDropped() throws {
        let export = try Oracle.export(directory, filter: "(sAMAccountName=alice.smith)", attributes: ["sAMAccountName", "userPrincipalName"])
        let result = try CommandRunner.run(["dump", "--format", "ndjson", "--ldif", "-"], input: Data(export.utf8))
        #expect(result.status != 0)
        #expect(result.standardError.contains("no objectGUID"))
        #expect(result.errorLines.last?.hasPrefix("error: 1 entry could not be read as users") == true)
    }

    @Test func aMalformedExportNamesTheFileAndLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).ldif")
        try Data("dn: CN=a,DC=x\nobjectGUID:: not*base64\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(["dump", "--ldif", file.path])
        #expect(result.status != 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines[0].hasPrefix("error: \(file.path):2: "))
    }
}
