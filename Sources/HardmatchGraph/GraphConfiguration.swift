import Foundation
import Logging

/// Where Graph and the token endpoint are, how to authenticate, and how patiently to retry.
public struct GraphConfiguration: Sendable {
    /// `https://graph.microsoft.com`, a national cloud's, or a local test server's; no trailing slash.
    public let graphURL: URL
    /// `https://login.microsoftonline.com` or a national cloud's.
    public let loginURL: URL
    public let credentials: GraphCredentials
    public var retry: RetryPolicy
    /// Seconds allowed for one HTTP request.
    public var timeout: Double
    /// Where requests (debug), retries, `Retry-After` waits and skipped writes (info) are told;
    /// silent by default. Never given a token, a secret or a key.
    public var logger = Logger(label: "hardmatch.graph", factory: { _ in SwiftLogNoOpLogHandler() })

    public static let defaultGraphURL = "https://graph.microsoft.com"
    public static let defaultLoginURL = "https://login.microsoftonline.com"

    /// Checks the URLs: `https`, or plain `http` only to this machine (a test server), so that
    /// a bearer token is never sent in clear over a network.
    public init(
        graphURL: String = defaultGraphURL, loginURL: String = defaultLoginURL, credentials: GraphCredentials,
        retry: RetryPolicy = RetryPolicy(), timeout: Double = 100
    ) throws(GraphError) {
        self.graphURL = try Self.baseURL(graphURL, option: "--graph-url")
        self.loginURL = try Self.baseURL(loginURL, option: "--login-url")
        if case let (tenant, clientID)? = credentials.application {
            try Self.checkTenant(tenant)
            guard !clientID.isEmpty, !clientID.contains(where: { $0.isWhitespace || $0.isNewline }) else {
                throw .configuration("--client-id \"\(clientID)\" is not an application (client) id")
            }
        }
        self.credentials = credentials
        self.retry = retry
        self.timeout = timeout
    }

    /// True when `url` is on the Graph host this configuration trusts with its token.
    func isGraphHost(_ url: URL) -> Bool {
        url.scheme?.lowercased() == graphURL.scheme?.lowercased()
            && url.host?.lowercased() == graphURL.host?.lowercased()
            && (url.port ?? Self.defaultPort(url.scheme)) == (graphURL.port ?? Self.defaultPort(graphURL.scheme))
    }

    // MARK: - Validation

    private static func baseURL(_ text: String, option: String) throws(GraphError) -> URL {
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              url.query == nil, url.fragment == nil, url.user == nil
        else {
            throw .configuration("\(option) \"\(text)\" is not a URL like https://graph.microsoft.com")
        }
        let loopback = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
        guard scheme == "https" || (scheme == "http" && loopback) else {
            throw .configuration("\(option) \"\(text)\" must use https (plain http is accepted only for 127.0.0.1 and localhost): a token must never cross a network in clear")
        }
        return url
    }

    /// A tenant id (GUID) or domain: letters, digits, dots and dashes, so it cannot alter the token URL's path.
    private static func checkTenant(_ tenant: String) throws(GraphError) {
        let allowed = tenant.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-")
        }
        guard !tenant.isEmpty, allowed else {
            throw .configuration("--tenant \"\(tenant)\" is not a tenant id or domain (like contoso.onmicrosoft.com or a GUID)")
        }
    }

    private static func defaultPort(_ scheme: String?) -> Int {
        scheme?.lowercased() == "http" ? 80 : 443
    }
}
