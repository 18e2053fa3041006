import Foundation
import HardmatchCore
@testable import HardmatchGraph
import HardmatchTestSupport
import Logging
import Testing

/// What the Graph client tells a program that embeds it, through the logger it is given.
@Suite struct GraphLoggingTests {
    private static let tenant = "contoso.onmicrosoft.com"

    @Test func withoutALoggerNothingIsLogged() throws {
        let configuration = try GraphConfiguration(credentials: .accessToken(GraphSecret(GraphServer.token)))
        #expect(configuration.logger.handler is SwiftLogNoOpLogHandler)
    }

    @Test func aTokenRequestIsLoggedWithoutTheSecretOrTheToken() async throws {
        let server = try GraphServer(users: (1...3).map { GraphFixtures.cloudUser($0) }, arguments: ["--client-secret", "S3cret-Value-5544"])
        defer { server.stop() }
        let capture = LogCapture()
        var configuration = try GraphConfiguration(
            graphURL: server.url, loginURL: server.url,
            credentials: .clientSecret(tenant: Self.tenant, clientID: GraphServer.clientID, secret: GraphSecret("S3cret-Value-5544")),
            retry: RetryPolicy(maxAttempts: 5, baseDelay: 0.01, maxDelay: 0.05), timeout: 10
        )
        configuration.logger = capture.logger("test.graph")
        #expect(try await GraphClient(configuration: configuration).users().count == 3)

        let tokenRequests = capture.lines("token request")
        #expect(tokenRequests.count == 1)
        #expect(tokenRequests.first?.level == .debug)
        #expect(tokenRequests.first?.metadata["clientID"] == GraphServer.clientID)
        #expect(tokenRequests.first?.metadata["path"] == "/\(Self.tenant)/oauth2/v2.0/token")
        for secret in ["S3cret-Value-5544", "issued-", "Bearer"] {
            #expect(!capture.text.contains(secret), "\(secret) was logged")
        }
    }

    @Test func requestsAndRetryAfterWaitsAreLoggedWithoutTheToken() async throws {
        let server = try GraphServer(
            users: (1...3).map { GraphFixtures.cloudUser($0) }, arguments: ["--throttle", "2", "--retry-after", "0.1", "--fail-503", "3"]
        )
        defer { server.stop() }
        let capture = LogCapture()
        var configuration = try GraphConfiguration(
            graphURL: server.url, loginURL: server.url, credentials: .accessToken(GraphSecret(GraphServer.token)),
            retry: RetryPolicy(maxAttempts: 5, baseDelay: 0.01, maxDelay: 0.05), timeout: 10
        )
        configuration.logger = capture.logger("test.graph")
        #expect(try await GraphClient(configuration: configuration).users().count == 3)

        let throttled = capture.lines("throttled (429); waiting")
        #expect(throttled.count == 2)
        #expect(throttled.allSatisfy { $0.level == .info && $0.metadata["retryAfter"] == "0.1" && $0.metadata["seconds"] == "0.1" })
        #expect(capture.lines("server error; retrying").map { $0.metadata["status"] } == ["503"])
        let requests = capture.lines("request")
        #expect(requests.count == 4)
        #expect(requests.allSatisfy { $0.metadata["method"] == "GET" && $0.metadata["path"]?.hasPrefix("/v1.0/users?") == true })
        #expect(requests.map { $0.metadata["attempt"] } == ["1", "2", "3", "4"])

        let text = capture.text
        #expect(!text.isEmpty)
        for secret in [GraphServer.token, "Bearer"] {
            #expect(!text.contains(secret), "\(secret) was logged")
        }
    }
}
