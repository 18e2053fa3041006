import Foundation
import HardmatchTestSupport
import Testing

/// What a first-time user sees when the connection flags are wrong.
@Suite struct FirstRunMessagesTests {
    @Test func aURIWithoutSchemeIsAUsageError() throws {
        let result = try CommandRunner.run(["dump", "--uri", "localhost"])
        #expect(result.status == 64)
        #expect(result.errorLines.first?.contains("--uri \"localhost\" is not an LDAP URI") == true, "\(result.standardError)")
    }

    @Test func aWrongPortSaysNothingListens() throws {
        let result = try CommandRunner.run(["dump", "--uri", "ldaps://127.0.0.1:1", "--format", "ndjson"])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("nothing listens on 127.0.0.1 port 1 (connection refused)") == true, "\(result.standardError)")
    }

    @Test func anUnresolvableHostSaysSo() throws {
        let result = try CommandRunner.run(["dump", "--uri", "ldaps://nohost.invalid", "--format", "ndjson"])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("the host name nohost.invalid does not resolve") == true, "\(result.standardError)")
    }
}
