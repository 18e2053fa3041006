import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch check --ldif` on export files, as an administrator runs it on an export.
@Suite struct CheckExportTests {
    /// One `ldapsearch -LLL`-style user record; the GUID is derived from `sam`.
    static func record(_ sam: String, upn: String?, mail: String? = nil, proxies: [String] = [], nickname: String? = nil, critical: Bool = false) -> String {
        var guid = [UInt8](repeating: 0x5a, count: 16)
        for (index, byte) in sam.utf8.enumerated() { guid[index % 16] ^= byte &+ UInt8(truncatingIfNeeded: index * 7) }
        var lines = ["dn: CN=\(sam),OU=Staff,DC=contoso,DC=com", "objectClass: user", "objectGUID:: \(Data(guid).base64EncodedString())", "sAMAccountName: \(sam)"]
        if let upn { lines.append("userPrincipalName: \(upn)") }
        if let mail { lines.append("mail: \(mail)") }
        if let nickname { lines.append("mailNickname: \(nickname)") }
        if critical { lines.append("isCriticalSystemObject: TRUE") }
        lines += proxies.map { "proxyAddresses: \($0)" }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static let clean = [
        record("alice", upn: "alice@contoso.com", mail: "alice@contoso.com", proxies: ["SMTP:alice@contoso.com", "smtp:asmith@contoso.com", "SIP:alice@contoso.com"], nickname: "alice"),
        record("bob", upn: "Bob@Contoso.com", mail: "bob@contoso.com", proxies: ["SMTP:bob@contoso.com", "smtp:bob@contoso.mail.onmicrosoft.com"]),
        // A built-in account with a broken UPN: the sync never takes it, so it is left out.
        record("krbtgt", upn: "krbtgt bad@contoso.com", critical: true),
    ].joined()

    static let dirty = clean + [
        record("carol", upn: "carol smith@contoso.com", mail: "carol@contoso.com", nickname: ".carol"),
        record("dave", upn: "ASMITH@contoso.com"),
        record("erin", upn: "erin@corp.local", mail: "erin@contoso.com", proxies: ["smtp:erin@contoso.com"], nickname: "alice"),
    ].joined()

    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).ldif")
        try Data(text.utf8).write(to: url)
        return url
    }

    func check(_ text: String, _ extra: [String] = []) throws -> CommandRunner.Result {
        let file = try write(text)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CommandRunner.run(["check", "--ldif", file.path] + extra)
    }

    @Test func cleanExportExitsZero() throws {
        let result = try check(Self.clean, ["--verified-domain", "contoso.com"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect((document["findings"] as? [Any])?.isEmpty == true)
        #expect(result.errorLines == ["0 errors, 0 warnings in 2 users checked (1 user out of the sync's scope left out; --include-system checks them)"])
    }

    @Test func withoutVerifiedDomainsTheSkippedCheckIsSaid() throws {
        let result = try check(Self.clean)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.errorLines.last == "note: no --verified-domain given: UPN and address suffixes were checked for routability only, not against the tenant's verified domains")
    }

    @Test func dirtyExportExitsThreeWithTheDocumentedJSON() throws {
        let result = try check(Self.dirty, ["--verified-domain", "contoso.com"])
        #expect(result.status == 3, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["users": 5, "systemObjectsSkipped": 1, "notUsers": 0, "repeatedEntries": 0, "errors": 5, "warnings": 3])
        let findings = try #require(document["findings"] as? [[String: Any]])
        for finding in findings {
            #expect(Set(finding.keys) == ["dn", "attribute", "value", "rule", "severity", "fix", "detail"])
        }
        let rows = findings.map { "\(($0["dn"] as? String ?? "").prefix { $0 != "," }) \($0["attribute"] ?? "") \($0["rule"] ?? "") \($0["severity"] ?? "")" }
        #expect(rows == [
            "CN=alice mailNickname duplicateMailNickname warning",
            "CN=alice proxyAddresses duplicateValue error",
            "CN=carol mailNickname mailNicknameFormat error",
            "CN=carol userPrincipalName upnCharacter error",
            "CN=dave userPrincipalName duplicateValue error",
            "CN=erin mailNickname duplicateMailNickname warning",
            "CN=erin proxyAddresses proxyAddressNoPrimary warning",
            "CN=erin userPrincipalName upnSuffixNotRoutable error",
        ])
        let carol = try #require(findings.first { $0["rule"] as? String == "upnCharacter" })
        #expect(carol["value"] as? String == "carol smith@contoso.com")
        #expect(carol["fix"] as? String == "carolsmith@contoso.com")
        #expect(findings.first { $0["rule"] as? String == "duplicateValue" }?["fix"] is NSNull)
        #expect(result.errorLines.last == "5 errors, 3 warnings in 5 users checked (1 user out of the sync's scope left out; --include-system checks them)")
    }

    @Test func csvAndOutputFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try check(Self.dirty, ["--format", "csv", "--output", output.path, "--include-system"])
        #expect(result.status == 3)
        #expect(result.standardOutput.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let rows = try String(contentsOf: output, encoding: .utf8).split(separator: "\r\n")
        #expect(rows.first == "dn,attribute,value,rule,severity,fix,detail")
        #expect(rows.contains { $0.hasPrefix("\"CN=krbtgt,OU=Staff,DC=contoso,DC=com\",userPrincipalName,krbtgt bad@contoso.com,upnCharacter,error,krbtgtbad@contoso.com,") })
    }

    @Test func unreadableSourceIsAnErrorNotAClean() throws {
        let result = try CommandRunner.run(["check", "--ldif", "/nonexistent/users.ldif"])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("error: ") == true)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aBadVerifiedDomainIsAUsageError() throws {
        let result = try check(Self.clean, ["--verified-domain", "alice@contoso.com"])
        #expect(result.status == 64)
        #expect(result.errorLines.first?.hasPrefix("error: --verified-domain") == true)
    }
}
