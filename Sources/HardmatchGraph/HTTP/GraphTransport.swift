import Foundation
import HardmatchCore
import Logging
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends authenticated Graph requests, retrying what Graph says may be retried.
///
/// A 429 waits its `Retry-After`; a 5xx or a dropped connection waits a jittered backoff; a
/// 401 with client credentials renews the token once. Anything else comes back at once as a
/// `GraphError` carrying Graph's own code and message.
struct GraphTransport: Sendable {
    let configuration: GraphConfiguration
    private let http: HTTPSession
    private let tokens: TokenProvider

    init(configuration: GraphConfiguration) {
        self.configuration = configuration
        http = HTTPSession(timeout: configuration.timeout)
        tokens = TokenProvider(configuration: configuration, http: http)
    }

    /// `path` is relative to the Graph URL (`/v1.0/users?...`); an absolute URL (a nextLink)
    /// must be on the Graph host, or the token would go elsewhere.
    func send(_ method: String, _ path: String, body: JSONValue? = nil) async throws -> HTTPResponse {
        let url = try resolve(path)
        let shownPath = Self.shown(url)
        var renewed = false
        var attempt = 0
        let logger = configuration.logger
        while true {
            attempt += 1
            logger.debug("request", metadata: ["method": "\(method)", "path": "\(shownPath)", "attempt": "\(attempt)"])
            var request = URLRequest(url: url)
            request.httpMethod = method
            request.setValue("application/json", forHTTPHeaderField: "Accept")
            request.setValue("Bearer \(try await tokens.token().text)", forHTTPHeaderField: "Authorization")
            if let body {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = Data(body.serialized)
            }
            let response: HTTPResponse
            do {
                response = try await http.send(request)
            } catch let error as URLError {
                guard HTTPSession.isTransient(error), attempt < configuration.retry.maxAttempts else {
                    throw GraphError.connection(method: method, path: shownPath, reason: Self.reason(error), attempts: attempt)
                }
                let delay = configuration.retry.backoff(afterAttempt: attempt)
                logger.info("retrying after a connection failure", metadata: ["path": "\(shownPath)", "reason": "\(Self.reason(error))", "seconds": "\(delay)"])
                try await RetryPolicy.sleep(seconds: delay)
                continue
            }
            switch response.status {
            case 200..<300:
                return response
            case 401 where !renewed && tokens.canRenew:
                renewed = true
                logger.info("token refused (401); asking for a new one", metadata: ["path": "\(shownPath)"])
                await tokens.invalidate()
                continue
            case 429:
                guard attempt < configuration.retry.maxAttempts else {
                    throw GraphError.throttled(method: method, path: shownPath, attempts: attempt)
                }
                let delay = try configuration.retry.throttleDelay(retryAfter: response.headers["retry-after"], afterAttempt: attempt, method: method, path: shownPath)
                logger.info("throttled (429); waiting", metadata: [
                    "path": "\(shownPath)", "retryAfter": "\(response.headers["retry-after"] ?? "none")", "seconds": "\(delay)",
                ])
                try await RetryPolicy.sleep(seconds: delay)
            case 500..<600 where attempt < configuration.retry.maxAttempts:
                let delay = try configuration.retry.throttleDelay(retryAfter: response.headers["retry-after"], afterAttempt: attempt, method: method, path: shownPath)
                logger.info("server error; retrying", metadata: [
                    "path": "\(shownPath)", "status": "\(response.status)", "retryAfter": "\(response.headers["retry-after"] ?? "none")", "seconds": "\(delay)",
                ])
                try await RetryPolicy.sleep(seconds: delay)
            default:
                let error = response.graphError
                throw GraphError.service(status: response.status, code: error.code, message: error.message, method: method, path: shownPath)
            }
        }
    }

    // MARK: - URLs

    private func resolve(_ path: String) throws -> URL {
        if path.hasPrefix("/") {
            guard let url = URL(string: configuration.graphURL.absoluteString + path) else {
                throw GraphError.configuration("cannot form a Graph URL from \(path)")
            }
            return url
        }
        guard let url = URL(string: path), configuration.isGraphHost(url) else {
            throw GraphError.invalidResponse(method: "GET", path: path, reason: "a paging link points away from \(configuration.graphURL.absoluteString); it was not followed")
        }
        return url
    }

    /// The path and query, for error messages: short, and never a host's credentials.
    static func shown(_ url: URL) -> String {
        url.path + (url.query.map { "?" + ($0.removingPercentEncoding ?? $0) } ?? "")
    }

    private static func reason(_ error: URLError) -> String {
        switch error.code {
        case .timedOut: return "the request timed out"
        case .cannotConnectToHost: return "the connection was refused"
        case .networkConnectionLost, .badServerResponse, .zeroByteResource, .unknown: return "the connection was dropped before an answer came"
        case .cannotFindHost, .dnsLookupFailed: return "the host name does not resolve"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid, .secureConnectionFailed:
            return "the TLS connection failed (\(error.localizedDescription))"
        default: return error.localizedDescription
        }
    }
}
