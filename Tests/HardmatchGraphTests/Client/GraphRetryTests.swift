import Foundation
import HardmatchCore
import HardmatchGraph
import HardmatchTestSupport
import Testing

/// Throttling, server errors and dropped connections, injected by the local Graph.
@Suite struct GraphRetryTests {
    @Test func throttledRequestsWaitTheirRetryAfterThenSucceed() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--throttle", "2", "--retry-after", "1"])
        defer { server.stop() }
        let started = Date()
        #expect(try await client(for: server).user(id: GraphFixtures.cloudID(1)) != nil)
        #expect(Date().timeIntervalSince(started) >= 1.9)
        #expect(try server.httpCount("GET /v1.0/users/{id}") == 3)
    }

    @Test func aRetryAfterBeyondTheBoundIsNotShortenedButReported() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--throttle", "1", "--retry-after", "3600"])
        defer { server.stop() }
        let path = "/v1.0/users/\(GraphFixtures.cloudID(1))?$select=\(CloudUser.graphProperties.joined(separator: ","))"
        await #expect(throws: GraphError.retryAfterTooLong(method: "GET", path: path, seconds: 3600, limit: 5)) {
            try await client(for: server, maxRetryAfter: 5).user(id: GraphFixtures.cloudID(1))
        }
        // Not retried before the time Graph asked for.
        #expect(try server.httpCount("GET /v1.0/users/{id}") == 1)
        #expect(GraphError.retryAfterTooLong(method: "GET", path: "/p", seconds: 3600, limit: 300).description.contains("asked to wait 3600 s, longer than the 300 s hardmatch waits"))
    }

    @Test func stillThrottledAfterEveryAttemptIsAThrottledError() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--throttle", "100", "--retry-after", "0"])
        defer { server.stop() }
        await #expect(throws: GraphError.throttled(method: "GET", path: "/v1.0/users/\(GraphFixtures.cloudID(1))?$select=\(CloudUser.graphProperties.joined(separator: ","))", attempts: 3)) {
            try await client(for: server, attempts: 3).user(id: GraphFixtures.cloudID(1))
        }
        #expect(try server.httpCount("GET /v1.0/users/{id}") == 3)
    }

    @Test func serverErrorsAndADroppedConnectionAreRetried() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--fail-503", "1", "--drop", "2"])
        defer { server.stop() }
        try await client(for: server).setImmutableId(GraphFixtures.anchor(1), forUser: GraphFixtures.cloudID(1))
        #expect(try server.users()[GraphFixtures.cloudID(1)]?["onPremisesImmutableId"] as? String == GraphFixtures.anchor(1))
        #expect(try server.httpCount("PATCH /v1.0/users/{id}") == 3)
    }

    @Test func persistentServerErrorsStopAfterTheAllowedAttempts() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--fail-503", "1,2,3,4,5,6"])
        defer { server.stop() }
        do {
            _ = try await client(for: server, attempts: 3).user(id: GraphFixtures.cloudID(1))
            Issue.record("expected a 503 error")
        } catch let error as GraphError {
            #expect(error.status == 503)
            #expect(error.description.contains("ServiceUnavailable"))
        }
        #expect(try server.httpCount("GET /v1.0/users/{id}") == 3)
    }

    @Test func graphsErrorCodeAndMessageReachTheError() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)])
        defer { server.stop() }
        do {
            try await client(for: server).setImmutableId(GraphFixtures.anchor(9), forUser: "no-such-user")
            Issue.record("expected a 404")
        } catch let GraphError.service(status, code, message, method, path) {
            #expect(status == 404)
            #expect(code == "Request_ResourceNotFound")
            #expect(message?.contains("no-such-user") == true)
            #expect(method == "PATCH")
            #expect(path == "/v1.0/users/no-such-user")
        }
    }

    @Test func throttledRequestsInsideABatchAreSentAgainAlone() async throws {
        let server = try GraphServer(users: (1...20).map { GraphFixtures.cloudUser($0) }, arguments: ["--batch-throttle", "5", "--retry-after", "0.2"])
        defer { server.stop() }
        let changes = (1...20).map { ImmutableIdChange(userID: GraphFixtures.cloudID($0), value: GraphFixtures.anchor($0)) }
        let results = try await client(for: server).setImmutableIds(changes)
        #expect(results.values.allSatisfy { (try? $0.get()) == 204 })
        let patches = try server.patches()
        #expect(patches.count == 20)
        #expect(patches.values.allSatisfy { $0 == 1 })
        #expect(try server.httpCount("POST /v1.0/$batch") == 2)
        let log = try server.log()
        #expect(log["patchesReceived"] as? Int == 20)
    }

    @Test func perRequestErrorsInABatchStayWithTheirRequest() async throws {
        let users = [GraphFixtures.cloudUser(1), GraphFixtures.cloudUser(2, syncEnabled: true), GraphFixtures.cloudUser(3, immutableID: GraphFixtures.anchor(99))]
        let server = try GraphServer(users: users)
        defer { server.stop() }
        let results = try await client(for: server).setImmutableIds([
            ImmutableIdChange(userID: GraphFixtures.cloudID(1), value: GraphFixtures.anchor(99)),
            ImmutableIdChange(userID: GraphFixtures.cloudID(2), value: GraphFixtures.anchor(2)),
            ImmutableIdChange(userID: "missing", value: nil),
        ])
        #expect(results[GraphFixtures.cloudID(1)].flatMap { try? $0.get() } == nil)
        #expect(results[GraphFixtures.cloudID(2)].flatMap { try? $0.get() } == nil)
        guard case .failure(let duplicate)? = results[GraphFixtures.cloudID(1)], case .failure(let synced)? = results[GraphFixtures.cloudID(2)],
              case .failure(let missing)? = results["missing"]
        else {
            Issue.record("expected three failures, got \(results)")
            return
        }
        #expect(duplicate.description.contains("Another object with the same value for property onPremisesImmutableId"))
        #expect(synced.description.contains("on-premises mastered"))
        #expect(missing.status == 404)
        #expect(try server.patches().isEmpty)
    }
}
