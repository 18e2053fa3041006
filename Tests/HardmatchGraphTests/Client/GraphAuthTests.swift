import Foundation
import HardmatchGraph
import HardmatchTestSupport
import Testing

/// Tokens: handed in, or fetched with client credentials from the local token endpoint.
@Suite struct GraphAuthTests {
    private func configuration(_ server: GraphServer, secret: String, clientID: String = GraphServer.clientID) throws -> GraphConfiguration {
        try GraphConfiguration(
            graphURL: server.url, loginURL: server.url,
            credentials: .clientSecret(tenant: "contoso.onmicrosoft.com", clientID: clientID, secret: GraphSecret(secret)),
            retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01), timeout: 10
        )
    }

    @Test func clientCredentialsFetchOneTokenForManyCalls() async throws {
        let server = try GraphServer(users: (1...3).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        let graph = GraphClient(configuration: try configuration(server, secret: GraphServer.clientSecret))
        #expect(try await graph.users().count == 3)
        #expect(try await graph.user(id: GraphFixtures.cloudID(2)) != nil)
        #expect(try server.httpCount("POST /contoso.onmicrosoft.com/oauth2/v2.0/token") == 1)
    }

    @Test func aWrongSecretIsNamedByEntrasCodeAndNeverShown() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)])
        defer { server.stop() }
        let secret = "wrong-secret-0123456789"
        do {
            _ = try await GraphClient(configuration: try configuration(server, secret: secret)).users()
            Issue.record("expected the token request to fail")
        } catch let error as GraphError {
            #expect(error.description.contains("AADSTS7000215"))
            #expect(error.description.contains("test-client"))
            #expect(!error.description.contains(secret))
            #expect(!"\(error)".contains(secret))
        }
        #expect(try server.httpCount("GET /v1.0/users") == 0)
    }

    @Test func aRefusedTokenSaysWhatToDo() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)])
        defer { server.stop() }
        let configuration = try GraphConfiguration(graphURL: server.url, credentials: .accessToken(GraphSecret("expired-token-value")))
        do {
            _ = try await GraphClient(configuration: configuration).users()
            Issue.record("expected a 401")
        } catch let error as GraphError {
            #expect(error.status == 401)
            #expect(error.description.contains("InvalidAuthenticationToken"))
            #expect(error.description.contains("get a new token"))
            #expect(!error.description.contains("expired-token-value"))
        }
    }

    @Test func plainHTTPIsRefusedExceptToThisMachine() throws {
        #expect(throws: GraphError.self) {
            try GraphConfiguration(graphURL: "http://graph.example.com", credentials: .accessToken(GraphSecret("t")))
        }
        #expect(throws: GraphError.self) {
            try GraphConfiguration(loginURL: "http://login.example.com", credentials: .accessToken(GraphSecret("t")))
        }
        #expect(throws: GraphError.self) {
            try GraphConfiguration(credentials: .clientSecret(tenant: "../evil", clientID: "c", secret: GraphSecret("s")))
        }
        _ = try GraphConfiguration(graphURL: "http://127.0.0.1:8080/", credentials: .accessToken(GraphSecret("t")))
    }

    @Test func secretsDescribeThemselvesRedacted() {
        let secret = GraphSecret("s3cr3t")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(!"\(GraphCredentials.accessToken(secret))".contains("s3cr3t"))
    }
}
