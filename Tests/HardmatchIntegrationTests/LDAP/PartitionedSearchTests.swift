import Foundation
import HardmatchCore
import HardmatchLDAP
import HardmatchTestSupport
import Testing

/// One search read over several connections at once, against the real DC: the same users
/// as one connection reads, each once, whatever happens to the directory or a connection.
@Suite struct PartitionedSearchTests {
    let directory = TestDirectory.current

    /// Reads every event of `request` over `connections`, cut into `partitions`.
    private func read(_ connections: [LDAPConnection], _ request: SearchRequest, _ partitions: [USNPartition]) async throws -> [OnPremUser] {
        var users: [OnPremUser] = []
        for try await event in UserSearch(PartitionedSearch(connections: connections, request: request, partitions: partitions)) {
            if case .user(let user) = event { users.append(user) }
        }
        return users
    }

    /// Cuts at the quantiles of the users' own numbers, so that every part holds some.
    private func balancedPartitions(filter: String = UserSearch.defaultFilter, base: String? = nil, parts: Int, on connection: LDAPConnection) async throws -> (partitions: [USNPartition], numbers: [String: Int64]) {
        let entries = try Oracle.ldapsearch(directory, base: base, filter: filter, attributes: ["uSNCreated"])
        let numbers = Dictionary(uniqueKeysWithValues: entries.compactMap { entry in entry.string("uSNCreated").flatMap(Int64.init).map { (entry.dn, $0) } })
        let highest = try #require(try await connection.highestCommittedUSN())
        return (USNSplit.partitions(hits: Array(numbers.values), highestCommitted: highest, parts: parts), numbers)
    }

    // MARK: - The same users

    @Test func aPartitionedReadGivesEveryUserOnceAndTheSameAsOneConnection() async throws {
        try await withConnection { connection in
            let siblings = try await connection.siblings(2, configuration())
            #expect(siblings.count == 2)
            let (partitions, numbers) = try await balancedPartitions(parts: 5, on: connection)
            let request = UserSearch.request(base: directory.baseDN, pageSize: 4, rangeStep: 3)
            let partitioned = try await read([connection] + siblings, request, partitions)
            let (single, _, _) = try await readUsers(connection, pageSize: 1000)

            #expect(Set(partitioned.map(\.objectGUID)).count == partitioned.count, "a user came twice")
            #expect(partitioned.count == single.count)
            let byDN = Dictionary(uniqueKeysWithValues: single.map { ($0.dn, $0) })
            for user in partitioned { #expect(byDN[user.dn] == user, "\(user.dn)") }
            // Every closed part held users, so the read really was spread over them.
            for part in partitions where part.highest != nil {
                #expect(partitioned.contains { numbers[$0.dn].map(part.contains) ?? false }, "\(part)")
            }
            // Ranged retrieval completed on whichever connection read the entry.
            let maria = try #require(partitioned.first { $0.sAMAccountName == "maria.rossi" })
            #expect(maria.proxyAddresses.count >= 10)
        }
    }

    @Test func thePlannerCutsTheRealSearchAndTheReadStillMatches() async throws {
        try await withConnection { connection in
            let request = UserSearch.request(base: directory.baseDN, pageSize: 3)
            let partitions = try #require(try await PartitionPlanner.partitions(of: request, on: connection, connections: 3, parts: 3))
            #expect(partitions.filter { $0.highest != nil }.count == 3)
            #expect(partitions.last?.highest == nil)
            let siblings = try await connection.siblings(2, configuration())
            let partitioned = try await read([connection] + siblings, request, partitions)
            let (single, _, _) = try await readUsers(connection)
            #expect(partitioned.map(\.dn).sorted() == single.map(\.dn).sorted())
        }
    }

    @Test func aSmallSearchIsLeftToOneConnectionUnlessPartsAreAskedFor() async throws {
        try await withConnection { connection in
            let request = UserSearch.request(base: directory.baseDN)
            let byDefault = try await PartitionPlanner.partitions(of: request, on: connection, connections: 2)
            let oneConnection = try await PartitionPlanner.partitions(of: request, on: connection, connections: 1, parts: 4)
            let asked = try await PartitionPlanner.partitions(of: request, on: connection, connections: 2, parts: 2)
            #expect(byDefault == nil)
            #expect(oneConnection == nil)
            #expect(asked?.count == 3)
        }
    }

    @Test func siblingsReachTheSameServer() async throws {
        try await withConnection { connection in
            let identity = try #require(try await connection.serverIdentity())
            for sibling in try await connection.siblings(3, configuration()) {
                #expect(try await sibling.serverIdentity() == identity)
                #expect(sibling.uri == connection.uri)
            }
        }
    }

    // MARK: - The directory changing under the read

    @Test func objectsCreatedRenamedOrChangedDuringTheReadAreEachReadOnce() async throws {
        // Contacts, in a unit of their own: other tests that count users never see them.
        let unit = try DirectoryChanges.addUnit(directory, named: "Partitioned-\(UUID().uuidString.prefix(8))")
        defer { try? DirectoryChanges.remove(directory, unit) }
        let filter = "(objectClass=contact)"
        var ldif = ""
        for index in 1...30 {
            ldif += "dn: CN=before\(index),\(unit)\nchangetype: add\nobjectClass: contact\nmail: before\(index)@hardmatch.test\n\n"
        }
        try DirectoryChanges.apply(directory, ldif)

        try await withConnection { connection in
            let siblings = try await connection.siblings(1, configuration())
            let (partitions, _) = try await balancedPartitions(filter: filter, base: unit, parts: 3, on: connection)
            let request = UserSearch.request(base: unit, filter: filter, pageSize: 2)
            var seen: [String] = []
            var changed = false
            for try await event in UserSearch(PartitionedSearch(connections: [connection] + siblings, request: request, partitions: partitions)) {
                guard case .user(let user) = event else { continue }
                seen.append(user.objectGUID.string)
                if !changed {
                    // The read is under way and held back by this consumer: change the directory.
                    changed = true
                    var changes = ""
                    for index in 1...5 {
                        changes += "dn: CN=during\(index),\(unit)\nchangetype: add\nobjectClass: contact\nmail: during\(index)@hardmatch.test\n\n"
                    }
                    for index in 1...30 where index % 3 == 0 {
                        changes += "dn: CN=before\(index),\(unit)\nchangetype: modrdn\nnewrdn: CN=renamed\(index)\ndeleteoldrdn: 1\n\n"
                    }
                    for index in 1...30 where index % 3 == 1 {
                        changes += "dn: CN=before\(index),\(unit)\nchangetype: modify\nreplace: mail\nmail: changed\(index)@hardmatch.test\n-\n\n"
                    }
                    try DirectoryChanges.apply(directory, changes)
                }
            }
            let after = try Oracle.ldapsearch(directory, base: unit, filter: filter, attributes: ["objectGUID"])
            let expected = Set(after.map { entry in (try? ObjectGUID(rawBytes: entry.values("objectGUID")[0]))?.string ?? "" })
            #expect(after.count == 35)
            #expect(seen.count == Set(seen).count, "an object came twice")
            #expect(expected.subtracting(seen).isEmpty, "\(expected.subtracting(seen).count) objects not read")
            #expect(Set(seen).subtracting(expected).isEmpty, "\(Set(seen).subtracting(expected).count) objects read that are not there")
        }
    }

    // MARK: - A connection lost

    @Test func aPartWhoseConnectionIsCutFailsTheWholeRead() async throws {
        // The second connection through the proxy is cut after 6 KB; the first goes whole.
        let proxy = try ScriptServer.cuttingProxy(target: "\(directory.host):636", cutAfterBytes: 6_000, only: 2)
        defer { proxy.stop() }
        let throughProxy = configuration(uri: "ldaps://localhost:\(proxy.port)")
        let whole = try await LDAPConnection.connect(throughProxy)
        let cut = try await LDAPConnection.connect(throughProxy)
        let request = UserSearch.request(base: directory.baseDN, pageSize: 2)
        let (partitions, _) = try await balancedPartitions(parts: 2, on: whole)
        var read = 0
        await #expect {
            for try await event in UserSearch(PartitionedSearch(connections: [whole, cut], request: request, partitions: partitions)) {
                if case .user = event { read += 1 }
            }
        } throws: { error in
            guard let error = error as? LDAPError, case .connectionLost = error else { return false }
            return true
        }
        let (all, _, _) = try await withConnection { try await readUsers($0) }
        #expect(read < all.count)
    }
}
