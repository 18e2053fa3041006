import Foundation
import HardmatchTestSupport
import Testing

/// An `ldifde -f` export of a whole domain (`Fixtures/full-domain.ldf`): the domain object,
/// OUs, containers, a GPO, a trust, DNS nodes, computers, a group managed service account,
/// a contact, a group, five records the exporting account could not read, one user for
/// each scope rule and three people. Only users come out, each with its scope rule.
@Suite struct FullDomainExportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/full-domain.ldf").path

    /// Every user of the export by its CN, with the rule that keeps it out of the sync.
    static let expected: [String: String?] = [
        "Administrator": "isCriticalSystemObject",
        "Guest": "isCriticalSystemObject",
        "krbtgt": "isCriticalSystemObject",
        "No Account Name": "noSAMAccountName",
        "MSOL_0123456789ab": "syncServiceAccount",
        "AAD_f00dcafe1234": "syncServiceAccount",
        "SUPPORT_388945a0": "supportAccount",
        "SystemMailbox{1f05a927-3be2-4fb9-aa03-b59fe3b56f4c}": "systemMailbox",
        "CAS_{d2b0f3e1a9c84b7e}": "casMailbox",
        "FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042": "exchangeSystemRecipient",
        "Written Back": "writtenBackFromCloud",
        "Conflict Person": "replicationConflict",
        "Adele Vance": nil,
        "Lee Gu": nil,
        "HealthMailbox0c4e7d1": nil,
    ]

    /// The CN of a DN, a conflict object's mark cut off.
    static func commonName(_ dn: String) -> String {
        let rdn = String(dn.dropFirst(3).prefix { $0 != "," })
        return rdn.components(separatedBy: "\\0ACNF:")[0]
    }

    @Test func dumpGivesExactlyTheUsersEachWithItsRule() throws {
        let result = try CommandRunner.run(["dump", "--ldif", Self.fixture, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let records = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
        var found: [String: String?] = [:]
        for record in records {
            let name = Self.commonName(try #require(record["dn"] as? String))
            #expect(found[name] == nil, "\(name) twice")
            found[name] = record["outOfScope"] as? String
            #expect(record.keys.contains("outOfScope"))
        }
        #expect(found == Self.expected)
    }

    @Test func unreadableRecordsAreOneWarningThatNamesTheFirstFew() throws {
        let result = try CommandRunner.run(["dump", "--ldif", Self.fixture, "--format", "ndjson"])
        #expect(result.status == 0)
        #expect(result.errorLines == [
            "warning: 5 entries have no attributes (the exporting account could not read them) and are not taken as users: "
                + "\"CN=NTDS Quotas,DC=contoso,DC=com\", \"CN=BCKUPKEY_P Secret,CN=System,DC=contoso,DC=com\", "
                + "\"CN=BCKUPKEY_PREFERRED Secret,CN=System,DC=contoso,DC=com\" and 2 more",
        ])
    }

    @Test func everyDumpFormatShowsTheRule() throws {
        let csv = try CommandRunner.run(["dump", "--ldif", Self.fixture, "--format", "csv"])
        let rows = csv.output.split(separator: "\r\n")
        #expect(rows.first?.hasSuffix(",enabled,outOfScope") == true)
        #expect(rows.contains { $0.contains("CN=krbtgt,") && $0.hasSuffix(",isCriticalSystemObject") })
        #expect(rows.contains { $0.contains("CN=Adele Vance,") && $0.hasSuffix(",true,") })

        let table = try CommandRunner.run(["dump", "--ldif", Self.fixture, "--format", "table"])
        let lines = table.output.split(separator: "\n")
        #expect(lines.first?.hasSuffix("outOfScope") == true)
        #expect(lines.contains { $0.hasPrefix("MSOL_0123456789ab") && $0.hasSuffix("syncServiceAccount") })
        #expect(lines.contains { $0.hasPrefix("AdeleV ") && $0.hasSuffix(" -") })
    }

    @Test func planGivesOutOfScopeWithTheRuleAsReason() throws {
        let cloud = FileManager.default.temporaryDirectory.appendingPathComponent("cloud-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: cloud) }
        // A cloud Administrator shares the on-premises Administrator's UPN: the sync never
        // joins them, so it must not be a soft match, nor a collision.
        let users = """
        {"value": [
         {"id": "c-adele", "userPrincipalName": "AdeleV@contoso.com", "proxyAddresses": ["SMTP:AdeleV@contoso.com"], "onPremisesImmutableId": null, "onPremisesSyncEnabled": null, "userType": "Member"},
         {"id": "c-admin", "userPrincipalName": "Administrator@contoso.com", "proxyAddresses": [], "onPremisesImmutableId": null, "onPremisesSyncEnabled": null, "userType": "Member"}
        ]}
        """
        try Data(users.utf8).write(to: cloud)
        let result = try CommandRunner.run(["plan", "--ldif", Self.fixture, "--cloud", cloud.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["outOfScope"] == 12)
        #expect(summary["softMatch"] == 1)
        #expect(summary["onPremOnly"] == 2)
        #expect(summary["cloudOnly"] == 1)
        #expect(summary["conflict"] == 0)
        let entries = try #require(document["entries"] as? [[String: Any]])
        for entry in entries {
            guard let onPrem = entry["onPrem"] as? [String: Any], let dn = onPrem["dn"] as? String else { continue }
            let rule = try #require(Self.expected[Self.commonName(dn)], "\(dn) is no user of the export")
            if let rule {
                #expect(entry["outcome"] as? String == "outOfScope", "\(dn)")
                #expect(entry["reason"] as? String == rule, "\(dn)")
                #expect(entry["cloud"] is NSNull, "\(dn)")
            } else {
                #expect(entry["outcome"] as? String != "outOfScope", "\(dn)")
            }
        }
        #expect(entries.contains { $0["outcome"] as? String == "cloudOnly" && ($0["cloud"] as? [String: Any])?["id"] as? String == "c-admin" })
    }

    @Test func checkLooksOnlyAtTheUsersTheSyncTakes() throws {
        let result = try CommandRunner.run(["check", "--ldif", Self.fixture, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        // 37 records: 15 users (3 in scope, 12 not) and 22 that are not users, the 5 without
        // attributes among them.
        #expect(document["summary"] as? [String: Int] == ["users": 3, "systemObjectsSkipped": 12, "notUsers": 22, "repeatedEntries": 0, "errors": 0, "warnings": 0])
        #expect(result.errorLines.first { $0.contains("users checked") }?.hasSuffix(" in 3 users checked (37 entries: 22 not users; 12 users out of the sync's scope left out; --include-system checks them)") == true, "\(result.standardError)")
        #expect(result.errorLines.contains { $0.hasPrefix("warning: 5 entries have no attributes") }, "\(result.standardError)")
        let findings = try #require(document["findings"] as? [[String: Any]])
        // None expected; whatever a later rule finds must be on a person, never on an OU or a GPO.
        for finding in findings {
            let name = Self.commonName(finding["dn"] as? String ?? "")
            #expect(Self.expected[name] == .some(nil), "\(name)")
        }
        #expect(result.status == 0, "\(result.standardError)")

        let all = try CommandRunner.run(["check", "--ldif", Self.fixture, "--format", "json", "--include-system"])
        let everyone = try #require(try JSONSerialization.jsonObject(with: all.standardOutput) as? [String: Any])
        // The users the sync never takes, checked on request: two of them hold values Entra would refuse.
        #expect(everyone["summary"] as? [String: Int] == ["users": 15, "systemObjectsSkipped": 0, "notUsers": 22, "repeatedEntries": 0, "errors": 2, "warnings": 0])
        let flagged = (everyone["findings"] as? [[String: Any]] ?? []).map { [Self.commonName($0["dn"] as? String ?? ""), $0["rule"] as? String ?? ""] }
        #expect(flagged == [["CAS_{d2b0f3e1a9c84b7e}", "upnCharacter"], ["No Account Name", "upnBlank"]])
    }
}
