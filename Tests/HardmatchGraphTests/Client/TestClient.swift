import HardmatchGraph
import HardmatchTestSupport

/// A client for `server` with the test token and short backoff, so retries take milliseconds.
func client(for server: GraphServer, attempts: Int = 4, maxRetryAfter: Double = 5) throws -> GraphClient {
    let configuration = try GraphConfiguration(
        graphURL: server.url, loginURL: server.url, credentials: .accessToken(GraphSecret(GraphServer.token)),
        retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.05, maxRetryAfter: maxRetryAfter), timeout: 10
    )
    return GraphClient(configuration: configuration)
}
