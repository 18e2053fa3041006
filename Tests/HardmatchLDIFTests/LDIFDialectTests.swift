import HardmatchCore
import Testing
@testable import HardmatchLDIF

/// The two exports the reader exists for: `ldapsearch -LLL` (LF, folded at 76 columns,
/// non-ASCII and binary values base64, references as comments) and `ldifde -f` (a leading
/// blank line, CRLF, `changetype: add`, folded at 80 columns).
@Suite struct LDIFDialectTests {
    static let adele = "7bd265e1-8ce3-4533-9461-fc2abf9918a0"

    @Test(arguments: ["ldapsearch-LLL.ldif", "ldifde.ldf"])
    func readsBothDialectsToTheSameUsers(fixture: String) throws {
        let records = try LDIFParser.parse(try LDIF.fixture(fixture))
        let events = records.map(LDIFUserEvent.init)
        let users = try events.compactMap { event -> OnPremUser? in
            guard case .user(let entry, _) = event else { return nil }
            return try OnPremUserMapping.map(entry)
        }
        #expect(users.count == 2)
        #expect(events.filter { if case .nonUser = $0 { true } else { false } }.count == 2)

        let adele = users[0]
        #expect(adele.dn == "CN=Adele Vance,OU=Staff,DC=contoso,DC=com")
        #expect(adele.objectGUID.string == Self.adele)
        #expect(adele.immutableId.string == "4WXSe+OMM0WUYfwqv5kYoA==")
        #expect(adele.proxyAddresses == [
            "SMTP:AdeleV@contoso.com", "smtp:adele.vance@contoso.onmicrosoft.com",
            "X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5f1c2c5e8a3b4d7c9e0f1a2b3c4d5e6f-Adele Vance",
        ])
        #expect(adele.primarySmtp == "AdeleV@contoso.com")
        #expect(adele.enabled == true)

        let zoe = users[1]
        #expect(zoe.dn == "CN=Zoë Ødegård,OU=Staff,DC=contoso,DC=com")
        #expect(zoe.displayName == "Zoë Ødegård (Lagerverwaltung / Fulfilment Süd-Ost, Zürich)")
        #expect(zoe.objectGUID.string == "0b0f6a4c-2d1e-4f3a-8b5c-6d7e8f901a2b")
        #expect(zoe.consistencyGuid?.string == "c3a1f2e4-5b6d-4e7f-8091-a2b3c4d5e6f7")
        #expect(zoe.enabled == false)
    }

    @Test func ldapsearchReferencesAreReportedNotRead() throws {
        let records = try LDIFParser.parse(try LDIF.fixture("ldapsearch-LLL.ldif"))
        let references = records.compactMap { record -> String? in
            if case .reference(let urls, _) = record { return urls.joined() }
            return nil
        }
        #expect(references == [
            "ldap://ForestDnsZones.contoso.com/DC=ForestDnsZones,DC=contoso,DC=com",
            "ldap://DomainDnsZones.contoso.com/DC=DomainDnsZones,DC=contoso,DC=com",
            "ldap://contoso.com/CN=Configuration,DC=contoso,DC=com",
        ])
    }

    @Test func ldifdeRecordLinesCountTheLeadingBlankLine() throws {
        let records = try LDIFParser.parse(try LDIF.fixture("ldifde.ldf"))
        #expect(records.first?.line == 2)
    }

    @Test func theSpecGUIDMapsThroughTheSharedMapping() throws {
        let records = try LDIF.parse("dn: CN=Adele Vance,OU=Staff,DC=contoso,DC=com\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n")
        guard case .user(let entry, let line) = LDIFUserEvent(try #require(records.first)) else {
            Issue.record("not a user")
            return
        }
        #expect(line == 1)
        #expect(try OnPremUserMapping.map(entry).objectGUID.string == Self.adele)
    }

    @Test func theUserAttributeFilterKeepsWhatTheMappingNeeds() throws {
        let options = LDIFParser.Options(attributes: LDIFParser.Options.userAttributes)
        for fixture in ["ldapsearch-LLL.ldif", "ldifde.ldf"] {
            let all = try LDIFParser.parse(try LDIF.fixture(fixture)).map(LDIFUserEvent.init)
            let filtered = try LDIFParser.parse(try LDIF.fixture(fixture), options: options).map(LDIFUserEvent.init)
            let map = { (events: [LDIFUserEvent]) throws -> [OnPremUser] in
                try events.compactMap { if case .user(let entry, _) = $0 { try OnPremUserMapping.map(entry) } else { nil } }
            }
            #expect(try map(all) == map(filtered))
        }
    }
}

/// SPEC §3 classification: users, non-users, and records that cannot be anchored.
@Suite struct LDIFUserEventTests {
    static func event(_ text: String) throws -> LDIFUserEvent {
        LDIFUserEvent(try #require(try LDIF.parse(text).first))
    }

    @Test func anEntryWithObjectGUIDIsAUserWhateverElseItLacks() throws {
        guard case .user = try Self.event("dn: CN=A\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n") else { Issue.record("not a user"); return }
        guard case .user = try Self.event("dn: CN=A\nobjectClass: top\nobjectClass: inetOrgPerson\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n") else { Issue.record("not a user"); return }
    }

    @Test(arguments: ["computer", "Contact", "GROUP"])
    func computersContactsAndGroupsAreNotUsers(objectClass: String) throws {
        guard case .nonUser(_, let line) = try Self.event("dn: CN=A\nobjectClass: top\nobjectClass: \(objectClass)\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n") else {
            Issue.record("not skipped")
            return
        }
        #expect(line == 1)
    }

    @Test func anEntryWithoutObjectGUIDIsReported() throws {
        let event = try LDIFUserEvent(#require(try LDIF.parse("dn: CN=X\ncn: X\n\ndn: CN=Adele Vance,DC=x\nmail: a@x\n").last))
        #expect(event == .missingObjectGUID(dn: "CN=Adele Vance,DC=x", line: 4))
    }

    @Test func referencesStayReferences() throws {
        #expect(try Self.event("# refldap://contoso.com/CN=Configuration,DC=contoso,DC=com\n") == .reference(urls: ["ldap://contoso.com/CN=Configuration,DC=contoso,DC=com"], line: 1))
    }
}
