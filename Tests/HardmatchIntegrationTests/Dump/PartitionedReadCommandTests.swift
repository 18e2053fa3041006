import Foundation
import HardmatchTestSupport
import Testing

/// `--connections`: `dump`, `check` and `plan` read the DC over several connections at
/// once and print what one connection gives, or fail whole.
@Suite struct PartitionedReadCommandTests {
    let directory = TestDirectory.current

    /// A run of `hardmatch` against the test DC; `--partitions` cuts even its small search.
    private func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + directory.connectionArguments, environment: directory.passwordEnvironment)
    }

    private func sortedLines(_ result: CommandRunner.Result) -> [String] {
        String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test func dumpPrintsTheSameUsersOverOneConnectionOrSeveral() throws {
        let single = try run(["dump", "--format", "ndjson", "--connections", "1", "--verbose"])
        let several = try run(["dump", "--format", "ndjson", "--connections", "3", "--partitions", "4", "--page-size", "4", "--range-size", "3", "--verbose"])
        #expect(single.status == 0, "\(single.standardError)")
        #expect(several.status == 0, "\(several.standardError)")
        #expect(sortedLines(single).count >= 80)
        // Byte for byte, once in the same order.
        #expect(sortedLines(several) == sortedLines(single))
        #expect(!single.standardError.contains("reading part"))
        let parts = several.standardError.split(separator: "\n").filter { $0.contains("reading part") }
        #expect(parts.count == 4, "\(several.standardError)")
        // One search continuation reference, though every part met it.
        #expect(several.standardError.components(separatedBy: "ignoring search continuation reference").count == 2)
    }

    @Test func checkAndPlanReadTheSameUsersOverSeveralConnections() throws {
        for command in [["check", "--format", "json"], ["plan", "--format", "json"] + SamplePlan.cloudArguments] {
            let single = try run(command + ["--connections", "1"])
            let several = try run(command + ["--connections", "2", "--partitions", "3", "--page-size", "5"])
            #expect(single.status == several.status, "\(command[0]): \(several.standardError)")
            #expect(!single.standardOutput.isEmpty)
            // Both sort their output, so the documents are equal byte for byte.
            #expect(several.standardOutput == single.standardOutput, "\(command[0])")
        }
    }

    @Test func aCutPartFailsTheDumpAndWritesNoFile() throws {
        // Only the second connection, which reads one part, is cut; the first goes on.
        let proxy = try ScriptServer.cuttingProxy(target: "\(directory.host):636", cutAfterBytes: 4_000, only: 2)
        defer { proxy.stop() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cut-part-\(UUID().uuidString).json").path
        let result = try CommandRunner.run(
            ["dump", "--uri", "ldaps://localhost:\(proxy.port)", "--ca-file", directory.caFile, "--page-size", "2",
             "--connections", "2", "--partitions", "2",
             "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable, "--format", "json", "--output", path],
            environment: directory.passwordEnvironment
        )
        #expect(result.status == 1)
        let last = try #require(result.errorLines.last)
        #expect(last.hasPrefix("error: connection lost during paged search"), "\(result.standardError)")
        #expect(last.contains("no output file was written"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: ["0", "17", "two"])
    func anImpossibleNumberOfConnectionsIsAUsageError(value: String) throws {
        let result = try run(["dump", "--connections", value])
        #expect(result.status == 64)
        #expect(result.errorLines.first?.hasPrefix("error:") == true, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}

/// One name for two domain controllers: the parts of a read must all come from the DC
/// whose update sequence numbers cut them.
@Suite struct PartitionedReadAcrossControllersTests {
    let directory = TestDirectory.current

    @Test func connectionsThatReachAnotherControllerAreLeftOut() throws {
        let other = try ThrowawayDirectory(name: "second-dc")
        defer { other.stop() }
        // Both DCs hold the same sample users, with their own GUIDs and numbers.
        let proxy = try ScriptServer.routingProxy(first: "\(directory.host):636", rest: "\(other.directory.host):636")
        defer { proxy.stop() }
        let bothCAs = FileManager.default.temporaryDirectory.appendingPathComponent("both-cas-\(UUID().uuidString).pem")
        try (Data(contentsOf: URL(fileURLWithPath: directory.caFile)) + Data(contentsOf: URL(fileURLWithPath: other.directory.caFile))).write(to: bothCAs)
        defer { try? FileManager.default.removeItem(at: bothCAs) }

        let result = try CommandRunner.run(
            ["dump", "--uri", "ldaps://localhost:\(proxy.port)", "--ca-file", bothCAs.path, "--connections", "3", "--partitions", "3",
             "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable, "--format", "ndjson", "--verbose"],
            environment: directory.passwordEnvironment
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("reached another server"), "\(result.standardError)")
        let expected = try Oracle.ldapsearch(directory, filter: "(&(objectCategory=person)(objectClass=user))", attributes: ["objectGUID"])
        let guids = expected.compactMap { entry in entry.values("objectGUID").first.map { Data($0).base64EncodedString() } }
        let printed = result.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["immutableId"] as? String
        }
        #expect(printed.count == guids.count)
        #expect(Set(printed) == Set(guids), "users of the other DC were mixed in")
    }
}
