/// How long and how often to retry throttled, failed and dropped requests.
///
/// Graph asks clients to wait the `Retry-After` it sends with a 429; 5xx answers and dropped
/// connections get capped exponential backoff with jitter, so that many clients retrying at
/// once do not arrive together. A `Retry-After` is waited in full, never shortened (a retry
/// before Graph asked only prolongs the throttling), up to `maxRetryAfter` (5 minutes by
/// default); a longer one is not waited at all: the request fails with
/// `GraphError.retryAfterTooLong`, which says how long Graph asked for and the bound.
public struct RetryPolicy: Sendable {
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// The first backoff delay, in seconds; doubled on each further attempt.
    public var baseDelay: Double
    /// The longest backoff delay, in seconds.
    public var maxDelay: Double
    /// The longest `Retry-After` waited, in seconds; a longer one fails the request.
    public var maxRetryAfter: Double

    /// The default bound of a `Retry-After` wait, in seconds.
    public static let defaultMaxRetryAfter: Double = 300

    public init(maxAttempts: Int = 6, baseDelay: Double = 0.5, maxDelay: Double = 30, maxRetryAfter: Double = RetryPolicy.defaultMaxRetryAfter) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.maxRetryAfter = max(0, maxRetryAfter)
    }

    /// The wait before attempt `attempt + 1`: between half and all of the capped exponential delay.
    func backoff(afterAttempt attempt: Int) -> Double {
        let exponential = baseDelay * Double(1 << min(max(attempt - 1, 0), 20))
        let capped = min(exponential, maxDelay)
        return capped / 2 + Double.random(in: 0...1) * capped / 2
    }

    /// The wait Graph asked for, in full; backoff when it asked for nothing readable.
    ///
    /// Throws `retryAfterTooLong` when Graph asked for more than `maxRetryAfter`.
    func throttleDelay(retryAfter header: String?, afterAttempt attempt: Int, method: String, path: String) throws(GraphError) -> Double {
        guard let seconds = RetryAfter.seconds(header) else { return backoff(afterAttempt: attempt) }
        guard seconds <= maxRetryAfter else {
            throw .retryAfterTooLong(method: method, path: path, seconds: seconds, limit: maxRetryAfter)
        }
        return seconds
    }

    static func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
