import Testing
@testable import HardmatchCore

/// One reading of SMTP addresses for `check` and `plan`: what is compared, and how.
@Suite struct SMTPNormalisationTests {
    @Test func whitespaceAroundTypeAndAddressIsNotPartOfTheAddress() {
        #expect(MatchKey.smtpAddress("smtp:a@contoso.com") == "a@contoso.com")
        #expect(MatchKey.smtpAddress(" smtp: a@contoso.com\t") == "a@contoso.com")
        #expect(MatchKey.smtpAddress("SMTP :A@contoso.com") == "A@contoso.com")
        #expect(MatchKey.smtpAddress("X500:/o=Org/cn=a") == nil)
        #expect(MatchKey.smtpAddress("smtp: ") == nil)
        #expect(MatchKey.smtpAddress("smtpx:a@contoso.com") == nil)
    }

    @Test func thePrimaryIsReadAsCheckReadsIt() {
        #expect(MatchKey.primarySmtpAddress(["smtp:b@contoso.com", "SMTP :a@contoso.com "]) == "a@contoso.com")
        #expect(MatchKey.primarySmtpAddress(["smtp:a@contoso.com"]) == nil)
        let user = OnPremUser(dn: "CN=a", objectGUID: try! ObjectGUID(rawBytes: Array(repeating: UInt8(1), count: 16)), proxyAddresses: [" SMTP:a@contoso.com"])
        #expect(user.primarySmtp == "a@contoso.com")
        // check reads the same value as the primary (no "no primary" finding) ...
        let rule = ProxyAddressRule(options: CheckOptions(verifiedDomains: ["contoso.com"]))
        let found = CheckFixtures.findings(rule, CheckFixtures.user("u", mail: "a@contoso.com", proxies: [" SMTP:a@contoso.com"]))
        #expect(!found.contains { $0.rule == "proxyAddressNoPrimary" })
        // ... and plan compares the same key.
        #expect(MatchKey.folded(user.primarySmtp!) == MatchKey.folded(String(ProxyAddress(" SMTP:a@contoso.com")!.trimmedAddress)))
    }

    @Test func canonicallyEquivalentFormsAreOneAddressAndHashAlike() {
        let composed = "ren\u{E9}@contoso.com"
        let decomposed = "rene\u{301}@contoso.com"
        #expect(MatchKey.foldedEqual(composed, decomposed))
        #expect(MatchKey.foldedHash(composed) == MatchKey.foldedHash(decomposed))
        #expect(MatchKey.foldedEqual("REN\u{C9}@CONTOSO.COM", decomposed))
        #expect(MatchKey.foldedHash("REN\u{C9}@CONTOSO.COM") == MatchKey.foldedHash(decomposed))
        // No compatibility normalisation: full-width letters are other letters.
        #expect(!MatchKey.foldedEqual("\u{FF41}@contoso.com", "a@contoso.com"))
    }
}
