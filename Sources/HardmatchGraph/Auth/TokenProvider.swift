import Foundation
import HardmatchCore
import Logging
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Hands out the bearer token for each request, fetching and renewing client-credential tokens.
///
/// An actor so that concurrent requests share one token request instead of each starting one.
actor TokenProvider {
    private let configuration: GraphConfiguration
    private let http: HTTPSession
    private var current: AccessToken?

    /// Renew this long before Entra's stated expiry, so no request leaves with a dying token.
    private static let renewalMargin: Double = 300

    init(configuration: GraphConfiguration, http: HTTPSession) {
        self.configuration = configuration
        self.http = http
        if case .accessToken(let secret) = configuration.credentials {
            current = AccessToken(secret: secret, refreshAfter: nil)
        }
    }

    /// True when a refused token can be replaced by asking again.
    nonisolated var canRenew: Bool {
        configuration.credentials.application != nil
    }

    func token() async throws -> GraphSecret {
        if let current, current.isFresh { return current.secret }
        let fetched = try await requestToken()
        current = fetched
        return fetched.secret
    }

    /// Forgets the token after Graph refused it (401), so the next call fetches a new one.
    func invalidate() {
        if canRenew { current = nil }
    }

    // MARK: - Client credentials

    private func requestToken() async throws -> AccessToken {
        guard case let (tenant, clientID)? = configuration.credentials.application else {
            throw GraphError.configuration("no access token was given")
        }
        let url = configuration.loginURL.appendingPathComponent(tenant).appendingPathComponent("oauth2/v2.0/token")
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let scope = configuration.graphURL.absoluteString + "/.default"
        let form = [("client_id", clientID), ("scope", scope)] + (try proof(clientID: clientID, tokenURL: url)) + [("grant_type", "client_credentials")]
        request.httpBody = Data(form.map { "\($0.0)=\(Self.formEncoded($0.1))" }.joined(separator: "&").utf8)

        let path = url.path
        var attempt = 0
        while true {
            attempt += 1
            configuration.logger.debug("token request", metadata: ["path": "\(path)", "clientID": "\(clientID)", "attempt": "\(attempt)"])
            let response: HTTPResponse
            do {
                response = try await http.send(request)
            } catch let error as URLError where HTTPSession.isTransient(error) && attempt < configuration.retry.maxAttempts {
                try await RetryPolicy.sleep(seconds: configuration.retry.backoff(afterAttempt: attempt))
                continue
            } catch let error as URLError {
                throw GraphError.connection(method: "POST", path: path, reason: error.localizedDescription, attempts: attempt)
            }
            if (response.status == 429 || response.status >= 500) && attempt < configuration.retry.maxAttempts {
                let delay = try configuration.retry.throttleDelay(retryAfter: response.headers["retry-after"], afterAttempt: attempt, method: "POST", path: path)
                configuration.logger.info("token endpoint busy; waiting", metadata: [
                    "path": "\(path)", "status": "\(response.status)", "retryAfter": "\(response.headers["retry-after"] ?? "none")", "seconds": "\(delay)",
                ])
                try await RetryPolicy.sleep(seconds: delay)
                continue
            }
            let body = JSONValue.parse(response.body)
            guard response.isSuccess else {
                throw GraphError.token(
                    status: response.status, error: body?["error"]?.string, description: body?["error_description"]?.string.map(Self.firstLine),
                    tenant: tenant, clientID: clientID
                )
            }
            guard let token = body?["access_token"]?.string, !token.isEmpty else {
                throw GraphError.invalidResponse(method: "POST", path: path, reason: "no access_token in the token endpoint's answer")
            }
            let lifetime = Double(body?["expires_in"]?.int ?? 3599)
            return AccessToken(secret: GraphSecret(token), refreshAfter: Date().addingTimeInterval(max(lifetime - Self.renewalMargin, lifetime / 2)))
        }
    }

    /// The form fields that prove the client's identity: its secret, or an assertion signed with
    /// its certificate whose audience is the token endpoint itself.
    private func proof(clientID: String, tokenURL: URL) throws -> [(String, String)] {
        switch configuration.credentials {
        case .clientSecret(_, _, let secret):
            return [("client_secret", secret.text)]
        case .clientCertificate(_, _, let certificate):
            let assertion: String
            do {
                assertion = try ClientAssertion.make(certificate: certificate, clientID: clientID, audience: tokenURL.absoluteString)
            } catch {
                throw GraphError.configuration("cannot sign the client assertion with --client-key: \(error)")
            }
            return [("client_assertion_type", ClientAssertion.type), ("client_assertion", assertion)]
        case .accessToken:
            return []
        }
    }

    /// Entra's descriptions run on with trace and correlation ids on further lines.
    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }

    /// `application/x-www-form-urlencoded`: everything but unreserved characters escaped.
    private static func formEncoded(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
