import ArgumentParser
import Foundation
import HardmatchLDAP
import Logging

/// The LDAP flags of SPEC §8, shared by every command that reads a directory.
///
/// There is deliberately no flag that takes a password: argv is visible to every user
/// of the machine in `ps`.
struct LDAPOptions: ParsableArguments {
    @Option(name: .customLong("uri"), help: ArgumentHelp("Directory server URI (ldaps://dc1.example.com); repeat to try several in order.", valueName: "URI"))
    var uris: [String] = []

    @Flag(name: .customLong("starttls"), help: "Upgrade ldap:// connections with StartTLS.")
    var startTLS = false

    @Option(name: .customLong("bind-dn"), help: ArgumentHelp("DN (or user@domain) to bind as with a simple bind.", valueName: "DN"))
    var bindDN: String?

    @Option(name: .customLong("password-env"), help: ArgumentHelp("Read the bind password from this environment variable.", valueName: "NAME"))
    var passwordEnv: String?

    @Option(name: .customLong("password-file"), help: ArgumentHelp("Read the bind password from this file (first line).", valueName: "PATH"))
    var passwordFile: String?

    @Option(name: .customLong("sasl"), help: ArgumentHelp("SASL mechanism: gssapi binds with the host's Kerberos ticket.", valueName: "MECHANISM"))
    var sasl: SASLMechanism?

    @Option(name: .customLong("ca-file"), help: ArgumentHelp("PEM file of the CA(s) that issued the server's certificate. It replaces the system's CAs (ldap.conf's TLS_CACERT, which are trusted without it): with it, only the CAs in this file are trusted.", valueName: "PATH"))
    var caFile: String?

    @Flag(name: .customLong("tls-insecure"), help: "Do not verify the server's certificate (prints a warning).")
    var tlsInsecure = false

    @Flag(name: .customLong("allow-plaintext"), help: "Permit a simple bind over ldap:// without StartTLS.")
    var allowPlaintext = false

    @Option(name: .customLong("base"), help: ArgumentHelp("Search base (default: the RootDSE's defaultNamingContext); repeat to read several subtrees, as the Entra Connect wizard's OU filtering selects them.", valueName: "DN"))
    var bases: [String] = []

    @Option(help: ArgumentHelp("LDAP filter (default: user accounts, \(UserSearch.defaultFilter)).", valueName: "FILTER"))
    var filter: String?

    @Option(name: .customLong("page-size"), help: ArgumentHelp("Entries per page (AD's MaxPageSize is 1000).", valueName: "N"))
    var pageSize: Int = 1000

    @Option(name: .customLong("connections"), help: ArgumentHelp("Connections that read one search at once (default 2), each a part of the users split by uSNCreated, all to the same server; 1 reads over a single connection, for a domain controller that must be spared. More than 2 pays on a DC with more cores.", valueName: "N"))
    var connections: Int = LDAPOptions.defaultConnections

    @Option(name: .customLong("partitions"), help: ArgumentHelp("uSNCreated ranges a partitioned read is cut into (default: one a connection); for benchmarks.", visibility: .hidden))
    var partitions: Int?

    @Option(help: ArgumentHelp("Seconds allowed to connect and for each server reply.", valueName: "SECONDS"))
    var timeout: Int = 30

    @Option(name: .customLong("range-size"), help: ArgumentHelp("Values per request for proxyAddresses (ranged retrieval).", visibility: .hidden))
    var rangeSize: Int?

    enum SASLMechanism: String, ExpressibleByArgument {
        case gssapi
    }

    var isGiven: Bool { !uris.isEmpty }

    /// The largest `--page-size` and `--range-size`: far above any server's limit, far
    /// below what libldap's 32-bit arguments hold.
    static let maxPageSize = 1_000_000
    /// The longest `--timeout`, in seconds (a day); libldap takes it as a 32-bit count.
    static let maxTimeout = 86_400
    /// Parallel connections of a read unless `--connections` says otherwise: on a two-core
    /// Samba DC, two read 20,000 users in 0.64× the time of one, four in 1.0× (BENCHMARKS.md).
    static let defaultConnections = 2
    /// The most `--connections`: more only loads the server, and costs it a search each.
    static let maxConnections = 16

    func validate() throws {
        guard (1...Self.maxPageSize).contains(pageSize) else { throw ValidationError("--page-size must be between 1 and \(Self.maxPageSize)") }
        guard (1...Self.maxConnections).contains(connections) else { throw ValidationError("--connections must be between 1 and \(Self.maxConnections)") }
        if let partitions, !(1...1024).contains(partitions) { throw ValidationError("--partitions must be between 1 and 1024") }
        guard (1...Self.maxTimeout).contains(timeout) else { throw ValidationError("--timeout must be between 1 and \(Self.maxTimeout) seconds (one day)") }
        if let rangeSize, !(1...Self.maxPageSize).contains(rangeSize) { throw ValidationError("--range-size must be between 1 and \(Self.maxPageSize)") }
        for uri in uris {
            let lowered = uri.lowercased()
            guard lowered.hasPrefix("ldap://") || lowered.hasPrefix("ldaps://") || lowered.hasPrefix("ldapi://") else {
                throw ValidationError("--uri \"\(uri)\" is not an LDAP URI: give ldaps://host, ldap://host (with --starttls) or ldapi://")
            }
        }
        if passwordEnv != nil && passwordFile != nil {
            throw ValidationError("give either --password-env or --password-file, not both")
        }
        if sasl != nil && bindDN != nil {
            throw ValidationError("--sasl gssapi binds with a Kerberos ticket; --bind-dn is for a simple bind")
        }
    }

    /// The connection settings, reading the password from where the flags say.
    func configuration(verbose: Bool = false) throws -> LDAPConfiguration {
        if tlsInsecure {
            Terminal.standardError.writeLine("warning: --tls-insecure: the server's certificate is not verified; anyone on the path can read the password and the data")
        }
        var configuration = LDAPConfiguration(
            uris: uris, startTLS: startTLS, caFile: caFile, verifyCertificate: !tlsInsecure,
            allowPlaintext: allowPlaintext, timeout: timeout, credentials: try credentials()
        )
        configuration.logger = .hardmatch("hardmatch.ldap", verbose: verbose)
        return configuration
    }

    private func credentials() throws -> LDAPCredentials {
        if sasl == .gssapi { return .gssapi }
        guard let bindDN else {
            if passwordEnv != nil || passwordFile != nil {
                throw CommandFailure("a password was given but no --bind-dn to use it with", status: .usage)
            }
            return .anonymous
        }
        return .simple(bindDN: bindDN, password: try PasswordSource.read(environment: passwordEnv, file: passwordFile, bindDN: bindDN))
    }
}
