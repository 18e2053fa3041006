/// What went wrong talking to a directory, in words an administrator can act on.
///
/// Messages carry the server's diagnostic text (AD's `80090308: LdapErr: ... data 52e`
/// says more than any code) and never a password.
public enum LDAPError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURI(String, reason: String)
    case unreadableCAFile(String, reason: String)
    case plaintextBindRefused(uri: String)
    case cannotConnect(uri: String, detail: String)
    case certificateNotTrusted(uri: String, detail: String)
    case startTLSFailed(uri: String, detail: String)
    case invalidCredentials(bindDN: String, detail: String)
    case bindFailed(bindDN: String, code: Int32, detail: String)
    case timedOut(operation: String, seconds: Int)
    case connectionLost(operation: String, detail: String)
    case operationFailed(operation: String, code: Int32, detail: String)
    case incompleteRange(dn: String, attribute: String)
    /// An entry the server sent that cannot be decoded to its end; `dn` is nil when even the DN is unreadable.
    case undecodableEntry(operation: String, dn: String?, detail: String)
    case noNamingContext(uri: String)
    case allURIsFailed([LDAPError])

    public var description: String {
        switch self {
        case .invalidURI(let uri, let reason):
            return "invalid LDAP URI \"\(uri)\": \(reason)"
        case .unreadableCAFile(let path, let reason):
            return "cannot read CA file \(path): \(reason)"
        case .plaintextBindRefused(let uri):
            return "refusing a simple bind over unencrypted \(uri): use ldaps://, --starttls, or --allow-plaintext if you accept sending the password in clear"
        case .cannotConnect(let uri, let detail):
            return "cannot contact \(uri): \(detail)"
        case .certificateNotTrusted(let uri, let detail):
            return "the certificate of \(uri) is not trusted (\(detail)): pass the issuing CA with --ca-file"
        case .startTLSFailed(let uri, let detail):
            return "StartTLS with \(uri) failed: \(detail)"
        case .invalidCredentials(let bindDN, let detail):
            return "bind as \"\(bindDN)\" failed: invalid credentials\(Self.suffix(detail))"
        case .bindFailed(let bindDN, let code, let detail):
            return "bind as \"\(bindDN)\" failed: \(LDAPResultCode.name(code))\(Self.suffix(detail))"
        case .timedOut(let operation, let seconds):
            return "\(operation) timed out after \(seconds) s (--timeout)"
        case .connectionLost(let operation, let detail):
            return "connection lost during \(operation): \(detail)"
        case .operationFailed(let operation, let code, let detail):
            return "\(operation) failed: \(LDAPResultCode.name(code))\(Self.suffix(detail))\(Self.bindHint(detail))"
        case .incompleteRange(let dn, let attribute):
            return "\(dn): the server stopped returning values of \(attribute) before the end of its range"
        case .undecodableEntry(let operation, let dn, let detail):
            let entry = dn.map { "entry \"\($0)\"" } ?? "an entry"
            return "\(operation) failed: \(entry) \(detail); nothing was written from a partial entry"
        case .noNamingContext(let uri):
            return "\(uri) has no defaultNamingContext in its RootDSE: give the search base with --base"
        case .allURIsFailed(let errors):
            return errors.map(\.description).joined(separator: "; then ")
        }
    }

    /// AD refuses to search for an anonymous bind ("Operation unavailable without
    /// authentication", "a successful bind must be completed"): say how to bind.
    private static func bindHint(_ detail: String) -> String {
        let lowered = detail.lowercased()
        guard lowered.contains("without authentication") || lowered.contains("successful bind must be completed") else { return "" }
        return ": the server does not answer anonymous searches; bind with --bind-dn DN and --password-env NAME or --password-file PATH, or with --sasl gssapi"
    }

    private static func suffix(_ detail: String) -> String {
        detail.isEmpty ? "" : " (\(detail))"
    }
}
