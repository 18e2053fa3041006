import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch check --ldif` on exports that probe where Microsoft's current rules and an
/// older reading of them part (issue 19): each case as an administrator would meet it.
@Suite struct CheckAgreementTests {
    typealias Export = CheckExportTests

    /// A record that is not a user, with an `objectGUID` as every AD object has.
    static func other(_ name: String, objectClass: String) -> String {
        "dn: CN=\(name),OU=Staff,DC=contoso,DC=com\nobjectClass: top\nobjectClass: \(objectClass)\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n\n"
    }

    func check(_ text: String, _ extra: [String] = ["--verified-domain", "contoso.com"]) throws -> (CommandRunner.Result, [[String: Any]]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).ldif")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["check", "--ldif", url.path, "--format", "json"] + extra)
        let document = try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any]
        return (result, document?["findings"] as? [[String: Any]] ?? [])
    }

    func rows(_ findings: [[String: Any]]) -> [String] {
        findings.map { "\(($0["dn"] as? String ?? "").prefix { $0 != "," }.dropFirst(3)) \($0["attribute"] ?? "") \($0["rule"] ?? "")" }
    }

    @Test func groupsAndContactsAreCountedInTheSummary() throws {
        let text = Export.record("alice", upn: "alice@contoso.com") + Self.other("Staff", objectClass: "group")
            + Export.record("bob", upn: "bob@contoso.com") + Self.other("Vendor", objectClass: "contact") + Export.record("carol", upn: "carol@contoso.com")
        let (result, findings) = try check(text)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(findings.isEmpty)
        #expect(result.errorLines == ["0 errors, 0 warnings in 3 users checked (5 entries: 2 not users)"])
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect((document["summary"] as? [String: Int])?["notUsers"] == 2)
    }

    @Test func theSameEntryTwiceIsARepeatNotADuplicate() throws {
        let alice = Export.record("alice", upn: "alice@contoso.com", mail: "alice@contoso.com", proxies: ["SMTP:alice@contoso.com"])
        let (result, findings) = try check(alice + Export.record("bob", upn: "bob@contoso.com") + alice)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(rows(findings) == ["alice dn repeatedEntry"])
        #expect((findings.first?["detail"] as? String)?.hasPrefix("the source holds this entry 2 times") == true)
        #expect(result.errorLines == ["0 errors, 1 warning in 2 users checked (3 entries: 1 repeat of an entry already read)"])
    }

    @Test func limitsAndSpacesAsMicrosoftStatesThem() throws {
        let local64 = String(repeating: "l", count: 64)
        let text = [
            Export.record("long", upn: "\(local64)@contoso.com"),
            Export.record("longer", upn: "\(local64)x@contoso.com"),
            // LDIF writes a value with a leading space base64-encoded, as ldifde does.
            Export.record("owner", upn: "owner@contoso.com", mail: "owner@contoso.com", proxies: ["SMTP:owner@contoso.com"]).dropLast()
                + "proxyAddresses:: \(Data(" smtp:alias@contoso.com".utf8).base64EncodedString())\n\n",
            Export.record("taker", upn: "alias@contoso.com"),
            Export.record("twice", upn: "twice@contoso.com", mail: "twice@contoso.com", proxies: ["SMTP:twice@contoso.com", "smtp:Twice@contoso.com"]),
            Export.record("tenant", upn: "tenant@contoso.onmicrosoft.com"),
            Export.record("nameless1", upn: nil),
        ].joined() + "dn: CN=nameless2,OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: AAECAwQFBgcICQoLDA0ODw==\nsAMAccountName: NAMELESS1\n\n"
        let (result, findings) = try check(text)
        #expect(result.status == 3)
        #expect(rows(findings) == [
            "longer userPrincipalName upnLocalPartLength",
            "nameless1 sAMAccountName duplicateSamAccountName",
            "nameless1 userPrincipalName upnBlank",
            "nameless2 sAMAccountName duplicateSamAccountName",
            "nameless2 userPrincipalName upnBlank",
            "owner proxyAddresses duplicateValue",
            "owner proxyAddresses proxyAddressCharacter",
            "taker userPrincipalName duplicateValue",
            "twice proxyAddresses proxyAddressRepeated",
            "twice proxyAddresses proxyAddressRepeated",
        ])
        let spaced = try #require(findings.first { $0["rule"] as? String == "proxyAddressCharacter" })
        #expect(spaced["value"] as? String == " smtp:alias@contoso.com")
    }

    @Test func noFixIsAnotherUsersValueAndInvisibleCharactersAreNamed() throws {
        let text = Export.record("spaced", upn: "du p20@contoso.com") + Export.record("dup20", upn: "dup20@contoso.com")
            + Export.record("hidden", upn: "hid\u{200b}den@contoso.com")
        let (result, findings) = try check(text)
        #expect(result.status == 3)
        let spaced = try #require(findings.first { ($0["dn"] as? String)?.hasPrefix("CN=spaced,") == true })
        #expect(spaced["fix"] is NSNull)
        #expect((spaced["detail"] as? String)?.contains("\"dup20@contoso.com\" is already the userPrincipalName of CN=dup20,OU=Staff,DC=contoso,DC=com") == true)
        let hidden = try #require(findings.first { ($0["dn"] as? String)?.hasPrefix("CN=hidden,") == true })
        #expect(hidden["detail"] as? String == "holds U+200B (zero width space); Entra ID refuses it in a UPN")
        #expect(hidden["fix"] as? String == "hidden@contoso.com")
    }

    @Test func theTableShowsWhatCannotBeSeen() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).ldif")
        try Data(Export.record("hidden", upn: "hid\u{200b}den@contoso.com").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["check", "--ldif", url.path, "--format", "table"])
        #expect(result.status == 3)
        #expect(result.output.contains(#""hid\u{200b}den@contoso.com""#))
        #expect(result.output.contains("holds U+200B (zero width space)"))
    }

    @Test func invalidUTF8InAnEncodedValueIsAnErrorThatSaysWhere() throws {
        // "jürgen@contoso.com" with ü as the Windows-1252 byte 0xfc, base64-encoded as ldifde would.
        let latin1 = Data(Array("j".utf8) + [0xfc] + Array("rgen@contoso.com".utf8)).base64EncodedString()
        let text = Export.record("alice", upn: "alice@contoso.com")
            + "dn: CN=juergen,OU=Staff,DC=contoso,DC=com\nobjectClass: user\nobjectGUID:: AAECAwQFBgcICQoLDA0ODw==\nuserPrincipalName:: \(latin1)\n\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).ldif")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["check", "--ldif", url.path])
        #expect(result.status == 1)
        #expect(result.errorLines == ["error: \(url.path):10: userPrincipalName:: value decodes to bytes that are not valid UTF-8 text (written from a legacy code page?); correct the value in the directory or re-export it; nothing was checked"])
    }
}
