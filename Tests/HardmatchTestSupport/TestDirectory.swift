import Foundation

/// Where the test domain controller is, read from the environment with the defaults
/// `scripts/testdc` uses, so the tests run against any DC the variables point at.
public struct TestDirectory: Sendable {
    public let uri: String
    public let startTLSURI: String
    public let bindDN: String
    public let password: String
    public let caFile: String
    public let baseDN: String
    /// The DC's folder, for `samba-tool ... -H DIR/private/sam.ldb`.
    public let directory: String

    /// The DC's address as the URIs name it (`127.0.0.1` unless `scripts/testdc` chose another).
    public var host: String {
        URLComponents(string: uri)?.host ?? "127.0.0.1"
    }

    public static let current: TestDirectory = {
        let environment = ProcessInfo.processInfo.environment
        let directory = environment["HARDMATCH_DC_DIR"] ?? "/tmp/hardmatch-testdc"
        return TestDirectory(
            uri: environment["HARDMATCH_LDAP_URI"] ?? "ldaps://127.0.0.1",
            startTLSURI: environment["HARDMATCH_LDAP_STARTTLS_URI"] ?? "ldap://127.0.0.1",
            bindDN: environment["HARDMATCH_BIND_DN"] ?? "CN=Administrator,CN=Users,DC=hardmatch,DC=test",
            password: environment["HARDMATCH_BIND_PASSWORD"] ?? "Hardmatch-Test-2026!",
            caFile: environment["HARDMATCH_CA_FILE"] ?? "\(directory)/tls/ca.pem",
            baseDN: environment["HARDMATCH_BASE_DN"] ?? "DC=hardmatch,DC=test",
            directory: directory
        )
    }()

    /// The name of the environment variable the tests hand the password to the binary in.
    public static let passwordVariable = "HARDMATCH_TEST_PASSWORD"

    /// `hardmatch` arguments that reach this DC over verified LDAPS.
    public var connectionArguments: [String] {
        ["--uri", uri, "--ca-file", caFile, "--bind-dn", bindDN, "--password-env", Self.passwordVariable]
    }

    public var passwordEnvironment: [String: String] {
        [Self.passwordVariable: password]
    }
}
