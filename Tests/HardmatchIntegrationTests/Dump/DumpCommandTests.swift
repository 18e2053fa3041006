import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch dump` against the test DC, as an administrator runs it.
@Suite struct DumpCommandTests {
    let directory = TestDirectory.current

    func dump(_ extra: [String], environment: [String: String]? = nil) throws -> CommandRunner.Result {
        try CommandRunner.run(["dump"] + directory.connectionArguments + extra, environment: environment ?? directory.passwordEnvironment)
    }

    @Test func jsonRecordsHaveTheDocumentedShape() throws {
        let result = try dump(["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let records = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
        let oracle = try Oracle.ldapsearch(directory, filter: "(&(objectCategory=person)(objectClass=user))", attributes: ["objectGUID"])
        #expect(records.count == oracle.count)
        let nina = try #require(records.first { $0["sAMAccountName"] as? String == "nina.schmidt" })
        #expect(nina["sourceAnchor"] as? String == "4WXSe+OMM0WUYfwqv5kYoA==")
        #expect(nina["consistencyGuid"] as? String == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(nina["primarySmtp"] as? String == "nina.schmidt@contoso.com")
        // Keys in the documented order, absent values as null.
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("\"sAMAccountName\":\"alice.smith\"") })
        let keys = ["dn", "objectGUID", "immutableId", "consistencyGuid", "sourceAnchor", "userPrincipalName", "mail", "proxyAddresses", "primarySmtp", "sAMAccountName", "displayName", "enabled", "outOfScope"]
        let positions = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(line.contains("\"consistencyGuid\":null"))
        #expect(line.contains(",\"outOfScope\":null}"))
    }

    @Test func outputFileIsPrivateAndComplete() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dump-\(UUID().uuidString).ndjson").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try dump(["--format", "ndjson", "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count >= 40)
        #expect(!text.contains(directory.password))
    }

    @Test func wrongPasswordSaysWhoAndWhy() throws {
        let result = try dump([], environment: [TestDirectory.passwordVariable: "Wrong-Password-123"])
        #expect(result.status != 0)
        #expect(result.errorLines.count == 1)
        let line = try #require(result.errorLines.first)
        #expect(line.hasPrefix("error: "))
        #expect(line.contains(directory.bindDN))
        #expect(line.contains("invalid credentials"))
        #expect(!line.contains("Wrong-Password-123"))
    }

    @Test func untrustedCertificateNamesTheFlag() throws {
        let result = try CommandRunner.run(
            ["dump", "--uri", directory.uri, "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable],
            environment: directory.passwordEnvironment
        )
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("--ca-file") == true)
    }

    @Test func plaintextNeedsItsFlag() throws {
        let base = ["dump", "--uri", directory.startTLSURI, "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable, "--format", "ndjson"]
        let refused = try CommandRunner.run(base, environment: directory.passwordEnvironment)
        #expect(refused.status != 0)
        #expect(refused.errorLines.last?.contains("--allow-plaintext") == true)
        #expect(refused.standardOutput.isEmpty)
        let allowed = try CommandRunner.run(base + ["--allow-plaintext"], environment: directory.passwordEnvironment)
        #expect(allowed.status == 0, "\(allowed.standardError)")
        let startTLS = try CommandRunner.run(base + ["--starttls", "--ca-file", directory.caFile], environment: directory.passwordEnvironment)
        #expect(startTLS.status == 0, "\(startTLS.standardError)")
        #expect(startTLS.output == allowed.output)
    }

    @Test func nothingListeningFailsWithinTheTimeout() throws {
        // A socket that accepts connections and never answers: the TLS handshake hangs.
        let silent = try ScriptServer.silent()
        defer { silent.stop() }
        let started = Date()
        let result = try CommandRunner.run(
            ["dump", "--uri", "ldaps://127.0.0.1:\(silent.port)", "--ca-file", directory.caFile, "--timeout", "2",
             "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable],
            environment: directory.passwordEnvironment, timeout: 30
        )
        #expect(result.status != 0)
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(result.errorLines.last?.hasPrefix("error: ") == true)
    }

    @Test func aDroppedConnectionLeavesNoPartialFile() throws {
        let proxy = try ScriptServer.cuttingProxy(target: "\(directory.host):636", cutAfterBytes: 12_000)
        defer { proxy.stop() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).json").path
        let result = try CommandRunner.run(
            ["dump", "--uri", "ldaps://localhost:\(proxy.port)", "--ca-file", directory.caFile, "--page-size", "1",
             "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable, "--format", "json", "--output", path],
            environment: directory.passwordEnvironment
        )
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("no output file was written") == true, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!leftovers.contains { $0.hasPrefix(".\(URL(fileURLWithPath: path).lastPathComponent).hardmatch-") })
    }

    @Test func anInterruptedDumpLeavesNoFileBehind() throws {
        // A server that never answers holds the dump in progress until it is interrupted.
        let silent = try ScriptServer.silent()
        defer { silent.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["dump", "--uri", "ldaps://127.0.0.1:\(silent.port)", "--ca-file", directory.caFile, "--timeout", "60",
                             "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable,
                             "--output", folder.appendingPathComponent("users.json").path]
        process.environment = ProcessInfo.processInfo.environment.merging(directory.passwordEnvironment) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func thePasswordAppearsNowhere() throws {
        let passwordFile = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)")
        try Data((directory.password + "\n").utf8).write(to: passwordFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passwordFile.path)
        defer { try? FileManager.default.removeItem(at: passwordFile) }
        let arguments = ["dump", "--uri", directory.uri, "--ca-file", directory.caFile, "--bind-dn", directory.bindDN,
                         "--password-file", passwordFile.path, "--format", "ndjson", "--verbose"]
        // What every user of the machine sees in `ps`: the running process's own argv.
        let silent = try ScriptServer.silent()
        defer { silent.stop() }
        var hanging = arguments
        hanging[hanging.firstIndex(of: directory.uri)!] = "ldaps://127.0.0.1:\(silent.port)"
        let running = try BackgroundCommand(hanging)
        let cmdline = "/proc/\(running.processIdentifier)/cmdline"
        #expect(running.wait(until: { (try? Data(contentsOf: URL(fileURLWithPath: cmdline)))?.contains(0x2d) == true }, timeout: 20))
        let shown = try Data(contentsOf: URL(fileURLWithPath: cmdline))
        running.kill()
        #expect(String(decoding: shown, as: UTF8.self).contains("--password-file"))
        #expect(!String(decoding: shown, as: UTF8.self).contains(directory.password))
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.output.contains(directory.password))
        #expect(!result.standardError.contains(directory.password))
        let wrongFile = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)")
        try Data("Not-It-987\n".utf8).write(to: wrongFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: wrongFile.path)
        defer { try? FileManager.default.removeItem(at: wrongFile) }
        var wrongArguments = arguments
        wrongArguments[wrongArguments.firstIndex(of: passwordFile.path)!] = wrongFile.path
        let wrong = try CommandRunner.run(wrongArguments)
        #expect(wrong.status != 0)
        #expect(!wrong.standardError.contains("Not-It-987"))
    }

    @Test func anAnonymousSearchAsksForABind() throws {
        let result = try CommandRunner.run(["dump", "--uri", directory.uri, "--ca-file", directory.caFile, "--format", "ndjson"])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("bind with --bind-dn DN") == true, "\(result.standardError)")
    }

    @Test func thereIsNoFlagThatTakesAPassword() throws {
        for flag in ["--password", "--bind-password", "-w"] {
            let result = try CommandRunner.run(["dump", "--uri", directory.uri, flag, "secret"])
            #expect(result.status == 64)
        }
    }
}
