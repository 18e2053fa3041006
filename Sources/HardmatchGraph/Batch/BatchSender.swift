import HardmatchCore
/// Sends up to 20 requests in one `$batch` call, retrying the ones Graph throttled or failed.
///
/// Graph answers each request of a batch on its own: some may succeed while others get a
/// 429 with their own `Retry-After` or a 5xx. Those are sent again, alone in a smaller batch,
/// after the longest wait any of them asked for; the rest are final at once.
struct BatchSender: Sendable {
    let transport: GraphTransport

    /// Graph's documented limit of requests per batch.
    static let maxRequests = 20

    /// Answers keyed by request id. Throws only when the batch call itself fails after its retries.
    /// `version` is the Graph version the requests' paths are relative to (`v1.0` or `beta`).
    func send(_ requests: [BatchRequest], version: String = "v1.0") async throws -> [String: BatchAnswer] {
        precondition(requests.count <= Self.maxRequests, "a batch holds at most 20 requests")
        let retry = transport.configuration.retry
        var answers: [String: BatchAnswer] = [:]
        var pending = requests
        var attempt = 0
        while !pending.isEmpty {
            attempt += 1
            let payload = JSONValue.object(["requests": .array(pending.map(\.json))])
            let response = try await transport.send("POST", "/\(version)/$batch", body: payload)
            guard let responses = JSONValue.parse(response.body)?["responses"]?.array else {
                throw GraphError.invalidResponse(method: "POST", path: "/\(version)/$batch", reason: "no \"responses\" array in the answer")
            }
            var byID: [String: JSONValue] = [:]
            for answer in responses {
                if let id = answer["id"]?.string { byID[id] = answer }
            }

            var again: [BatchRequest] = []
            var wait = 0.0
            let lastAttempt = attempt >= retry.maxAttempts
            for request in pending {
                let shown = "/\(version)" + request.path
                guard let answer = byID[request.id], let status = answer["status"]?.int else {
                    if lastAttempt {
                        answers[request.id] = .failure(.invalidResponse(method: request.method, path: shown, reason: "the batch answer has no response with id \(request.id)"))
                    } else {
                        again.append(request)
                        wait = max(wait, retry.backoff(afterAttempt: attempt))
                    }
                    continue
                }
                let body = answer["body"]
                switch status {
                case 200..<300:
                    answers[request.id] = .success(status: status, body: body)
                case 429 where !lastAttempt:
                    do {
                        wait = max(wait, try retry.throttleDelay(retryAfter: Self.header("retry-after", in: answer), afterAttempt: attempt, method: request.method, path: shown))
                        again.append(request)
                    } catch {
                        answers[request.id] = .failure(error)
                    }
                case 429:
                    answers[request.id] = .failure(.throttled(method: request.method, path: shown, attempts: attempt))
                case 500..<600 where !lastAttempt:
                    again.append(request)
                    wait = max(wait, retry.backoff(afterAttempt: attempt))
                default:
                    let error = body?["error"]
                    answers[request.id] = .failure(.service(
                        status: status, code: error?["code"]?.string, message: error?["message"]?.string, method: request.method, path: shown
                    ))
                }
            }
            pending = again
            if !pending.isEmpty { try await RetryPolicy.sleep(seconds: wait) }
        }
        return answers
    }

    /// A header of one answer inside the batch, whatever the case of its name.
    private static func header(_ name: String, in answer: JSONValue) -> String? {
        guard case .object(let headers)? = answer["headers"] else { return nil }
        for (key, value) in headers where key.lowercased() == name {
            return value.string ?? value.int.map(String.init)
        }
        return nil
    }
}
