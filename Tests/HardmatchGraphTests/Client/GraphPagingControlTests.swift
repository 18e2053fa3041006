import Foundation
import HardmatchCore
import HardmatchGraph
import HardmatchTestSupport
import Testing

/// The bearer token goes to Graph only, and a paging link cannot loop for ever.
@Suite struct GraphPagingControlTests {
    private func roleServer(_ arguments: [String]) throws -> GraphServer {
        try GraphServer(
            users: (1...6).map { GraphFixtures.cloudUser($0) },
            roles: ["Global Administrator": (1...6).map(GraphFixtures.cloudID)],
            arguments: arguments
        )
    }

    @Test func aRepeatingRoleNextLinkFailsTheRead() async throws {
        let server = try roleServer(["--next-link", "repeat"])
        defer { server.stop() }
        await #expect(throws: GraphError.invalidResponse(method: "GET", path: "/v1.0/roleManagement/directory/roleAssignments?$expand=principal", reason: "the paging link repeats itself; the listing would never end")) {
            try await client(for: server).roleHolders()
        }
        #expect(try server.httpCount("GET /v1.0/roleManagement/directory/roleAssignments") == 2)
    }

    @Test func aNextLinkToAnotherHostIsNotFollowed() async throws {
        let server = try roleServer(["--next-link", "foreign"])
        defer { server.stop() }
        do {
            _ = try await client(for: server).roleHolders()
            Issue.record("a nextLink to another host was followed")
        } catch let error as GraphError {
            guard case .invalidResponse(_, _, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reason.contains("points away from"))
        }
        #expect(try server.httpCount("GET /v1.0/roleManagement/directory/roleAssignments") == 1)
    }

    @Test func aRedirectIsRefusedNotFollowed() async throws {
        let id = GraphFixtures.cloudID(1)
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--redirect", "/v1.0/users/\(id)"])
        defer { server.stop() }
        do {
            _ = try await client(for: server).user(id: id)
            Issue.record("the redirect was followed, or its answer used")
        } catch let error as GraphError {
            // Not followed: the 302 itself is the answer (following it would fail to
            // resolve graph.evil.example, a connection error).
            #expect(error.status == 302, "\(error)")
        }
    }
}
