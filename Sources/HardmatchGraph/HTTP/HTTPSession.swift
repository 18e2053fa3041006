import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and collects the whole answer; never follows a redirect.
///
/// Foundation's `URLSession` (libcurl on Linux) rather than a package: the tool makes a few
/// hundred sequential batch calls, which needs no event-loop client, and the package stays
/// free of a large dependency tree. Redirects are refused because a followed redirect could
/// carry the bearer token to another host.
struct HTTPSession: Sendable {
    private let session: URLSession

    init(timeout: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    /// The answer, or `URLError` when no answer came (refused, dropped, timed out).
    func send(_ request: URLRequest) async throws -> HTTPResponse {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }

    /// True for failures worth another attempt: the network, not the request, went wrong.
    static func isTransient(_ error: URLError) -> Bool {
        switch error.code {
        // `.unknown` is how libcurl's "transfer closed with outstanding read data" arrives.
        case .timedOut, .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet,
             .badServerResponse, .cannotFindHost, .dnsLookupFailed, .zeroByteResource, .cannotParseResponse,
             .unknown:
            return true
        default:
            return false
        }
    }
}

/// Answers every redirect with "do not follow": the 3xx comes back to the caller as is.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
