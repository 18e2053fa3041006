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

    @Test func everyRoleHolderAssignedEligibleAndThroughNestedGroups() async throws {
        let users = (1...30).map { GraphFixtures.cloudUser($0) }
        let server = try GraphServer(
            users: users,
            roles: ["Global Administrator": [GraphFixtures.cloudID(1)], "User Administrator": ["group-a"] + (5...9).map(GraphFixtures.cloudID)],
            eligible: ["Exchange Administrator": [GraphFixtures.cloudID(20)]],
            groups: ["group-a": [GraphFixtures.cloudID(12), "group-b"], "group-b": [GraphFixtures.cloudID(13)]]
        )
        defer { server.stop() }
        let holders = try await client(for: server).roleHolders()
        #expect(holders.ids == Set(([1, 12, 13, 20] + Array(5...9)).map(GraphFixtures.cloudID)))
        #expect(holders.userPrincipalNames.contains("user13@contoso.onmicrosoft.com"))
        #expect(holders.unreadable.isEmpty)
        // Two assignments a page: the client followed the nextLinks.
        #expect(try server.httpCount("GET /v1.0/roleManagement/directory/roleAssignments") == 4)
    }

    @Test func aRefusedPartIsUnknownNeverNobody() async throws {
        let server = try GraphServer(
            users: [GraphFixtures.cloudUser(1), GraphFixtures.cloudUser(2)],
            roles: ["Global Administrator": [GraphFixtures.cloudID(1)]],
            eligible: ["Global Administrator": [GraphFixtures.cloudID(2)]],
            forbidden: ["/v1.0/roleManagement/directory/roleEligibilitySchedules"]
        )
        defer { server.stop() }
        let holders = try await client(for: server).roleHolders()
        #expect(holders.ids == [GraphFixtures.cloudID(1)])
        #expect(holders.unreadable.keys.sorted() == ["roleEligibilitySchedules"])
        #expect(holders.unreadable["roleEligibilitySchedules"]?.contains("403") == true)
    }

    @Test func syncFeaturesLiveAndRefusedForAppOnlyCredentials() async throws {
        let hardened = ["blockSoftMatchEnabled": true, "blockCloudObjectTakeoverThroughHardMatchEnabled": true,
                        "softMatchOnUpnEnabled": false, "allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled": false]
        let server = try GraphServer(users: [], features: hardened)
        defer { server.stop() }
        let features = try await client(for: server).syncFeatures()
        #expect(features.blockSoftMatchEnabled && features.blockCloudObjectTakeoverThroughHardMatchEnabled && !features.softMatchOnUpnEnabled)
        let refusing = try GraphServer(users: [])
        defer { refusing.stop() }
        await #expect(throws: GraphError.self) { try await client(for: refusing).syncFeatures() }
    }

    @Test func objectIdentifiersFromBetaAndCloudManagedBatched() async throws {
        var users = (1...25).map { GraphFixtures.cloudUser($0) }
        users[2]["onPremisesObjectIdentifier"] = "7bd265e1-8ce3-4533-9461-fc2abf9918a0"
        users[3]["isCloudManaged"] = true
        let server = try GraphServer(users: users, arguments: ["--page-size", "10"])
        defer { server.stop() }
        let graph = try client(for: server)
        // v1.0 does not return it: only the /beta read does.
        #expect(try await graph.users().allSatisfy { $0.onPremisesObjectIdentifier == nil })
        #expect(try await graph.objectIdentifiers() == [GraphFixtures.cloudID(3): "7bd265e1-8ce3-4533-9461-fc2abf9918a0"])
        let managed = try await graph.cloudManaged(ids: (1...25).map(GraphFixtures.cloudID))
        #expect(managed.count == 25)
        #expect(managed.filter(\.value).keys.sorted() == [GraphFixtures.cloudID(4)])
        let facts = try await graph.hardeningFacts(ids: [GraphFixtures.cloudID(3), GraphFixtures.cloudID(4)])
        #expect(try facts[GraphFixtures.cloudID(3)]?.get().onPremisesObjectIdentifier == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(try facts[GraphFixtures.cloudID(4)]?.get().isCloudManaged == true)
        #expect(try server.httpCount("POST /beta/$batch") == 1)
    }

    @Test func liveUsersGoThroughTheOneNormaliser() async throws {
        var user = GraphFixtures.cloudUser(1)
        user["onPremisesImmutableId"] = ""
        user["mail"] = ""
        user["proxyAddresses"] = ["SMTP:user1@contoso.com", NSNull(), ""]
        let server = try GraphServer(users: [user])
        defer { server.stop() }
        let read = try #require(try await client(for: server).users().first)
        #expect(read.onPremisesImmutableId == nil)
        #expect(read.mail == nil)
        #expect(read.proxyAddresses == ["SMTP:user1@contoso.com"])
    }
}
