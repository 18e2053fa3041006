import Foundation
import HardmatchTestSupport
import Testing

/// `--sasl gssapi` with a Kerberos ticket from the test DC's own KDC.
@Suite struct KerberosBindTests {
    let directory = TestDirectory.current

    /// Gets a ticket for Administrator with `scripts/testdc kinit` and returns the
    /// environment that points Kerberos at it.
    func ticketEnvironment() throws -> [String: String] {
        let process = Process()
        process.executableURL = repositoryRoot.appendingPathComponent("scripts/testdc")
        process.arguments = ["kinit"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var environment: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("export ") {
            let assignment = line.dropFirst("export ".count)
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            environment[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return environment
    }

    @Test(arguments: ["ldap", "ldaps"])
    func gssapiReadsTheSameUsersAsASimpleBind(scheme: String) throws {
        let uri = "\(scheme)://\(directory.host)"
        let environment = try ticketEnvironment()
        #expect(environment["KRB5CCNAME"] != nil)
        let kerberos = try CommandRunner.run(
            ["dump", "--uri", uri, "--sasl", "gssapi", "--ca-file", directory.caFile, "--format", "ndjson"],
            environment: environment
        )
        #expect(kerberos.status == 0, "\(kerberos.standardError)")
        let simple = try CommandRunner.run(["dump", "--format", "ndjson"] + directory.connectionArguments, environment: directory.passwordEnvironment)
        #expect(kerberos.output.split(separator: "\n").count >= 40)
        #expect(kerberos.output == simple.output)
    }

    @Test func withoutATicketGssapiFailsWithAnError() throws {
        let result = try CommandRunner.run(
            ["dump", "--uri", "ldap://\(directory.host)", "--sasl", "gssapi", "--format", "ndjson"],
            environment: ["KRB5CCNAME": "FILE:/nonexistent/hardmatch-no-ticket", "KRB5_CONFIG": "\(directory.directory)/krb5.conf"]
        )
        #expect(result.status != 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("error: bind as \"GSSAPI\" failed") == true)
    }
}
