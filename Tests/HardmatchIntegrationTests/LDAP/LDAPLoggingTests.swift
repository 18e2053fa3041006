import Foundation
import HardmatchCore
import HardmatchLDAP
import HardmatchTestSupport
import Logging
import Testing

/// What the LDAP client tells a program that embeds it, and `--verbose` on the command line:
/// connections tried, pages read, and never the password.
@Suite struct LDAPLoggingTests {
    let directory = TestDirectory.current

    @Test func connectionsTriedAndPagesReadAreLogged() async throws {
        let capture = LogCapture()
        var settings = configuration(directory)
        settings.uris = ["ldaps://127.0.0.1:1", directory.uri]
        settings.logger = capture.logger("test.ldap")
        let connection = try await LDAPConnection.connect(settings)
        let (users, _, _) = try await readUsers(connection, pageSize: 10)

        #expect(capture.lines("connecting").compactMap { $0.metadata["uri"] } == ["ldaps://127.0.0.1:1", directory.uri])
        #expect(capture.lines("connection failed").compactMap { $0.metadata["uri"] } == ["ldaps://127.0.0.1:1"])
        #expect(capture.lines("connected and bound").compactMap { $0.metadata["uri"] } == [directory.uri])
        #expect(capture.lines("connecting").first?.metadata["bind"] == directory.bindDN)
        let pages = capture.lines("page read")
        #expect(pages.count >= users.count / 10)
        #expect(pages.last?.metadata["more"] == "false")
        #expect(pages.dropLast().allSatisfy { $0.metadata["more"] == "true" })
        #expect(!capture.text.contains(directory.password))
    }

    @Test func aVerbosePlanRunNeverShowsThePasswordOrTheToken() throws {
        let server = try GraphServer(users: (1...3).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        let result = try CommandRunner.run(
            ["plan", "--verbose", "--page-size", "10", "--format", "json"] + directory.connectionArguments + server.arguments,
            environment: directory.passwordEnvironment.merging(server.environment) { $1 }
        )
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.errorLines
        #expect(lines.contains { $0.hasPrefix("debug: hardmatch.ldap: connected and bound ") })
        #expect(lines.filter { $0.hasPrefix("debug: hardmatch.ldap: page read ") }.count >= 3)
        #expect(lines.contains { $0.hasPrefix("debug: hardmatch.graph: request ") })
        for text in [result.output, result.standardError] {
            #expect(!text.contains(directory.password))
            #expect(!text.contains(GraphServer.token))
        }
    }
}
