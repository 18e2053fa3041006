import Foundation
import HardmatchTestSupport
import Testing

/// Without `--ca-file` the CAs libldap trusts by default (ldap.conf's `TLS_CACERT`, the
/// system bundle on Debian) are trusted; `--ca-file` replaces them. GnuTLS-backed libldap
/// reads one CA file per handle and never the system trust by itself, and a handle starts
/// with no CA paths: before the fix, no CA at all was trusted without `--ca-file`.
@Suite struct CAFileTests {
    let directory = TestDirectory.current
    /// A bundle of public CAs, none of which issued the test DC's certificate.
    let otherCAs = "/etc/ssl/certs/ca-certificates.crt"

    private func dump(_ caFile: [String]) throws -> CommandRunner.Result {
        var environment = directory.passwordEnvironment
        // The DC's CA as libldap's default trust, as if it were in the system store.
        environment["LDAPTLS_CACERT"] = directory.caFile
        return try CommandRunner.run(["dump", "--uri", directory.uri, "--bind-dn", directory.bindDN, "--password-env", TestDirectory.passwordVariable, "--format", "ndjson"] + caFile, environment: environment)
    }

    @Test func withoutCAFileTheDefaultTrustIsUsed() throws {
        let result = try dump([])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func aCAFileReplacesTheDefaultTrust() throws {
        try #require(FileManager.default.fileExists(atPath: otherCAs))
        let result = try dump(["--ca-file", otherCAs])
        #expect(result.status != 0)
        #expect(result.standardError.contains("not trusted"), "\(result.standardError)")
    }

    @Test func theHelpSaysItReplaces() throws {
        let help = try CommandRunner.run(["dump", "--help"])
        let words = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("It replaces the system's CAs"))
    }
}
