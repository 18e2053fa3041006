import Logging

/// How to reach and authenticate to a directory.
public struct LDAPConfiguration: Sendable {
    /// Server URIs, tried in order until one connects (`ldaps://dc1`, `ldap://dc2`, ...).
    public var uris: [String]
    /// Upgrade `ldap://` connections with StartTLS before binding.
    public var startTLS: Bool
    /// A PEM file of CAs to trust in addition to the system's.
    public var caFile: String?
    /// Verify the server certificate (on unless the administrator says `--tls-insecure`).
    public var verifyCertificate: Bool
    /// Permit a simple bind over a connection without TLS.
    public var allowPlaintext: Bool
    /// Seconds allowed for connecting and for each operation.
    public var timeout: Int
    public var credentials: LDAPCredentials
    /// Where the connections tried and the pages read are told (debug level); silent by default.
    /// Never given a password.
    public var logger = Logger(label: "hardmatch.ldap", factory: { _ in SwiftLogNoOpLogHandler() })

    public init(
        uris: [String], startTLS: Bool = false, caFile: String? = nil, verifyCertificate: Bool = true,
        allowPlaintext: Bool = false, timeout: Int = 30, credentials: LDAPCredentials = .anonymous
    ) {
        self.uris = uris
        self.startTLS = startTLS
        self.caFile = caFile
        self.verifyCertificate = verifyCertificate
        self.allowPlaintext = allowPlaintext
        self.timeout = timeout
        self.credentials = credentials
    }
}

/// How to bind.
public enum LDAPCredentials: Sendable {
    case anonymous
    case simple(bindDN: String, password: Secret)
    /// SASL GSSAPI with the Kerberos ticket the host already holds.
    case gssapi

    var bindName: String {
        switch self {
        case .anonymous: return ""
        case .simple(let bindDN, _): return bindDN
        case .gssapi: return "GSSAPI"
        }
    }
}

/// A password or token: its text never shows in a description, a log or an error.
public struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}
