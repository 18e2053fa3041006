import Foundation
import HardmatchGraph
import HardmatchTestSupport
import Testing

/// Reading users and role holders from a local Graph that pages and batches as Graph does.
@Suite struct GraphReadTests {
    @Test func listingFollowsEveryNextLinkAndKeepsEveryProperty() async throws {
        var users = (1...50).map { GraphFixtures.cloudUser($0) }
        users[10] = GraphFixtures.cloudUser(11, userType: "Guest", immutableID: GraphFixtures.anchor(11), syncEnabled: true)
        let server = try GraphServer(users: users, arguments: ["--page-size", "7"])
        defer { server.stop() }

        let listed = try await client(for: server).users()
        #expect(listed.map(\.id) == (1...50).map(GraphFixtures.cloudID))
        #expect(try server.httpCount("GET /v1.0/users") == 8)
        let eleventh = try #require(listed.first { $0.id == GraphFixtures.cloudID(11) })
        #expect(eleventh.userType == "Guest")
        #expect(eleventh.onPremisesImmutableId == GraphFixtures.anchor(11))
        #expect(eleventh.onPremisesSyncEnabled == true)
        #expect(eleventh.proxyAddresses == ["SMTP:user11@contoso.com"])
        #expect(listed[0].onPremisesSyncEnabled == nil)
        #expect(listed[0].accountEnabled == true)
    }

    @Test func pagesCarryGraphsOwnBytes() async throws {
        let server = try GraphServer(users: (1...5).map { GraphFixtures.cloudUser($0) }, arguments: ["--page-size", "2"])
        defer { server.stop() }
        var bodies: [Data] = []
        try await client(for: server).forEachUserPage { bodies.append($0.body) }
        #expect(bodies.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: bodies[0]) as? [String: Any])
        #expect((first["value"] as? [Any])?.count == 2)
        #expect((first["@odata.nextLink"] as? String)?.contains("skiptoken") == true)
    }

    @Test func oneUserByIDAndNilForOneThatDoesNotExist() async throws {
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)])
        defer { server.stop() }
        let graph = try client(for: server)
        #expect(try await graph.user(id: GraphFixtures.cloudID(1))?.userPrincipalName == "user1@contoso.onmicrosoft.com")
        #expect(try await graph.user(id: "user1@contoso.onmicrosoft.com")?.id == GraphFixtures.cloudID(1))
        #expect(try await graph.user(id: GraphFixtures.cloudID(2)) == nil)
    }

    @Test func manyUsersAreReadTwentyToABatch() async throws {
        let server = try GraphServer(users: (1...45).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        let ids = (1...46).map(GraphFixtures.cloudID)
        let read = try await client(for: server).users(ids: ids)
        #expect(read.count == 46)
        for number in 1...45 {
            #expect(try read[GraphFixtures.cloudID(number)]?.get()?.userPrincipalName == "user\(number)@contoso.onmicrosoft.com")
        }
        #expect(try read[GraphFixtures.cloudID(46)]?.get() == nil)
        #expect(try server.httpCount("POST /v1.0/$batch") == 3)
    }

    @Test func everyRoleHolderEvenBeyondGraphsTwentyExpandedMembers() async throws {
        let users = (1...30).map { GraphFixtures.cloudUser($0) }
        let server = try GraphServer(users: users, roles: [
            "Global Administrator": [GraphFixtures.cloudID(1)],
            "User Administrator": (5...29).map(GraphFixtures.cloudID),
        ])
        defer { server.stop() }
        let holders = try await client(for: server).administrators()
        #expect(Set(holders.map(\.id)) == Set(([1] + Array(5...29)).map(GraphFixtures.cloudID)))
        #expect(holders.first { $0.id == GraphFixtures.cloudID(1) }?.roleName == "Global Administrator")
        #expect(holders.first { $0.id == GraphFixtures.cloudID(1) }?.userPrincipalName == "user1@contoso.onmicrosoft.com")
    }
}
