import Foundation
import HardmatchCore
import HardmatchLDAP
import HardmatchTestSupport
import Testing

/// Reading users from a real Samba AD DC, checked against tools nobody here wrote.
@Suite struct UserSearchTests {
    let directory = TestDirectory.current

    @Test func immutableIdsEqualTheBase64LdapsearchPrints() async throws {
        let (users, _, problems) = try await withConnection { try await readUsers($0) }
        let oracle = try Oracle.ldapsearch(directory, filter: UserSearch.defaultFilter, attributes: ["objectGUID"])
        #expect(problems == 0)
        #expect(users.count == oracle.count)
        #expect(users.count >= 40)
        let expected = Dictionary(uniqueKeysWithValues: oracle.map { ($0.dn, Data($0.values("objectGUID")[0]).base64EncodedString()) })
        for user in users {
            #expect(user.immutableId.string == expected[user.dn], "\(user.dn)")
        }
    }

    @Test(arguments: ["alice.smith", "jose.muller", "li.lei", "nina.schmidt", "paging.user07"])
    func objectGUIDEqualsWhatSambaToolShows(account: String) async throws {
        let (users, _, _) = try await withConnection { try await readUsers($0) }
        let user = try #require(users.first { $0.sAMAccountName == account })
        let shown = try #require(try Oracle.sambaToolObjectGUID(directory, account: account))
        #expect(user.objectGUID.string == shown)
    }

    @Test func consistencyGuidBecomesTheSourceAnchor() async throws {
        let (users, _, _) = try await withConnection { try await readUsers($0) }
        let nina = try #require(users.first { $0.sAMAccountName == "nina.schmidt" })
        #expect(nina.consistencyGuid?.string == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(nina.sourceAnchor.string == "4WXSe+OMM0WUYfwqv5kYoA==")
        #expect(nina.immutableId.string != nina.sourceAnchor.string)
        let alice = try #require(users.first { $0.sAMAccountName == "alice.smith" })
        #expect(alice.sourceAnchor == alice.immutableId)
    }

    @Test func smallPagesGiveTheSameUsersAsLargeOnes() async throws {
        let (large, _, _) = try await withConnection { try await readUsers($0, pageSize: 1000) }
        let (small, _, _) = try await withConnection { try await readUsers($0, pageSize: 3) }
        #expect(small.count == large.count)
        #expect(Set(small.map(\.dn)) == Set(large.map(\.dn)))
        let byDN = Dictionary(uniqueKeysWithValues: large.map { ($0.dn, $0) })
        for user in small { #expect(byDN[user.dn] == user) }
    }

    @Test func rangedRetrievalReadsEveryProxyAddress() async throws {
        let (users, _, _) = try await withConnection { try await readUsers($0, rangeStep: 3) }
        let oracle = try Oracle.ldapsearch(directory, filter: "(sAMAccountName=maria.rossi)", attributes: ["proxyAddresses"])
        let expected = oracle[0].strings("proxyAddresses")
        let maria = try #require(users.first { $0.sAMAccountName == "maria.rossi" })
        #expect(expected.count >= 10)
        #expect(maria.proxyAddresses.count == expected.count)
        #expect(Set(maria.proxyAddresses) == Set(expected))
        // Every user, not only the large one, reads the same with and without ranges.
        let (plain, _, _) = try await withConnection { try await readUsers($0) }
        let byDN = Dictionary(uniqueKeysWithValues: plain.map { ($0.dn, Set($0.proxyAddresses)) })
        for user in users { #expect(Set(user.proxyAddresses) == byDN[user.dn]) }
    }

    @Test func computersContactsAndGroupsAreNotUsers() async throws {
        let (users, _, _) = try await withConnection { try await readUsers($0) }
        #expect(!users.contains { $0.sAMAccountName == "WS-0001$" || $0.sAMAccountName == "WS-0002$" })
        #expect(!users.contains { $0.dn.contains("OU=Contacts") || $0.dn.contains("OU=Groups") })
        #expect(users.contains { $0.dn.hasPrefix("CN=李雷,") })
        #expect(users.first { $0.sAMAccountName == "quinn.hughes" }?.enabled == false)
        #expect(users.first { $0.sAMAccountName == "alice.smith" }?.enabled == true)
    }

    @Test func aDomainRootSearchReturnsAReferenceThatIsNotData() async throws {
        let (users, references, problems) = try await withConnection { try await readUsers($0) }
        #expect(!references.isEmpty)
        #expect(references.joined().contains { $0.contains("CN=Configuration") })
        #expect(problems == 0)
        #expect(!users.isEmpty)
    }

    // MARK: - Failures

    @Test func wrongPasswordIsInvalidCredentials() async throws {
        var settings = configuration()
        settings.credentials = .simple(bindDN: directory.bindDN, password: Secret("not-the-password"))
        do {
            _ = try await LDAPConnection.connect(settings)
            Issue.record("bound with a wrong password")
        } catch {
            guard case .invalidCredentials(let bindDN, _) = error else { Issue.record("\(error)"); return }
            #expect(bindDN == directory.bindDN)
            #expect(!error.description.contains("not-the-password"))
        }
    }

    @Test func anUntrustedCertificateIsRefusedAndNamed() async throws {
        var settings = configuration()
        settings.caFile = nil
        do {
            _ = try await LDAPConnection.connect(settings)
            Issue.record("connected without trusting the DC's CA")
        } catch {
            guard case .certificateNotTrusted = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("--ca-file"))
        }
    }

    @Test func plaintextSimpleBindIsRefusedUnlessAllowed() async throws {
        var settings = configuration(uri: directory.startTLSURI)
        await #expect(throws: LDAPError.plaintextBindRefused(uri: directory.startTLSURI)) {
            _ = try await LDAPConnection.connect(settings)
        }
        settings.allowPlaintext = true
        let users = try await readUsers(try await LDAPConnection.connect(settings)).users
        #expect(!users.isEmpty)
    }

    @Test func startTLSVerifiesAndReads() async throws {
        var settings = configuration(uri: directory.startTLSURI)
        settings.startTLS = true
        let connection = try await LDAPConnection.connect(settings)
        #expect(try await connection.defaultNamingContext() == directory.baseDN)
    }

    @Test func laterURIsAreTriedWhenEarlierOnesAreDown() async throws {
        var settings = configuration()
        settings.uris = ["ldaps://127.0.0.1:1", directory.uri]
        let connection = try await LDAPConnection.connect(settings)
        #expect(connection.uri == directory.uri)
    }

    @Test func aMissingBaseIsAnErrorNotAnEmptyResult() async throws {
        await #expect(throws: LDAPError.self) {
            _ = try await withConnection { try await readUsers($0, base: "OU=Nowhere,\(directory.baseDN)") }
        }
    }
}
