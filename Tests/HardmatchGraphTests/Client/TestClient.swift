import Foundation
import HardmatchCore
@testable import HardmatchGraph
import HardmatchTestSupport

/// A client for `server` with the test token and short backoff, so retries take milliseconds.
func client(for server: GraphServer, attempts: Int = 4, maxRetryAfter: Double = 5) throws -> GraphClient {
    let configuration = try GraphConfiguration(
        graphURL: server.url, loginURL: server.url, credentials: .accessToken(GraphSecret(GraphServer.token)),
        retry: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.05, maxRetryAfter: maxRetryAfter), timeout: 10
    )
    return GraphClient(configuration: configuration)
}

/// Single requests, outside `$batch`: the transport's retries, errors and controls seen one
/// request at a time (the client itself reads and writes users in lists and batches).
extension GraphClient {
    /// `GET /v1.0/users/{id}`; nil when Graph says the user does not exist.
    func user(id: String) async throws -> CloudUser? {
        do {
            let response = try await transport.send("GET", "/v1.0/users/\(Self.segment(id))?$select=\(CloudUser.graphSelect)")
            guard let json = JSONValue.parse(response.body), let user = CloudUser(graph: json) else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users/\(id)", reason: "the answer is not a user object")
            }
            return user
        } catch GraphError.service(let status, _, _, _, _) where status == 404 {
            return nil
        }
    }

    /// `PATCH /v1.0/users/{id}` of `onPremisesImmutableId`.
    func setImmutableId(_ value: String?, forUser id: String) async throws {
        let body = JSONValue.object(["onPremisesImmutableId": value.map(JSONValue.string) ?? .null])
        _ = try await transport.send("PATCH", "/v1.0/users/\(Self.segment(id))", body: body)
    }
}
