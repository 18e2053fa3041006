import Testing
@testable import HardmatchCore

@Suite struct FindingFormatTests {
    let finding = Finding(dn: "CN=A,DC=x", attribute: "userPrincipalName", value: "a b@x.com", rule: "upnCharacter", severity: .error, detail: "holds a space", fix: "ab@x.com")

    @Test func jsonHasTheSpecFieldsInOrder() {
        var json = JSONText()
        FindingFormat.writeJSON(finding, to: &json)
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"dn":"CN=A,DC=x","attribute":"userPrincipalName","value":"a b@x.com","rule":"upnCharacter","severity":"error","fix":"ab@x.com","detail":"holds a space"}"#)
    }

    @Test func documentHasSummaryAndFindings() {
        var json = JSONText()
        FindingFormat.writeDocument(CheckReport(findings: [finding], usersChecked: 2, systemObjectsSkipped: 1), to: &json)
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"summary":{"users":2,"systemObjectsSkipped":1,"notUsers":0,"repeatedEntries":0,"errors":1,"warnings":0},"findings":["#))
        #expect(text.hasSuffix("\n]}\n"))
        var empty = JSONText()
        FindingFormat.writeDocument(CheckReport(findings: [], usersChecked: 0, systemObjectsSkipped: 0), to: &empty)
        #expect(String(decoding: empty.bytes, as: UTF8.self).hasSuffix(#""findings":[]}"# + "\n"))
    }

    @Test func tableShowsInvisibleCharacters() {
        var tabbed = finding
        tabbed.value = "a\tb@x.com"
        let text = FindingTable.render(CheckReport(findings: [tabbed], usersChecked: 1, systemObjectsSkipped: 0))
        #expect(text.contains(#""a\tb@x.com""#))
        #expect(text.contains("fix: \"ab@x.com\""))
        #expect(text.hasPrefix("CN=A,DC=x\n"))
    }

    @Test func tableShowsCharactersNobodyCanSee() {
        var hidden = finding
        hidden.value = "a\u{200b}b@x.com\u{feff}"
        hidden.fix = nil
        let text = FindingTable.render(CheckReport(findings: [hidden], usersChecked: 1, systemObjectsSkipped: 0))
        #expect(text.contains(#""a\u{200b}b@x.com\u{feff}""#))
        #expect(FindingTable.quoted("o'brien@x.com ü") == #""o'brien@x.com ü""#)
        #expect(FindingTable.quoted(#"a"b\c"#) == #""a\"b\\c""#)
    }

    @Test func aCountIsNotShownAsAnAddress() {
        let count = Finding(dn: "CN=A,DC=x", attribute: "proxyAddresses", value: "333", rule: "proxyAddressCount", severity: .error, detail: "333 values")
        let text = FindingTable.render(CheckReport(findings: [count], usersChecked: 1, systemObjectsSkipped: 0))
        #expect(text.contains("(333 values)"))
        #expect(!text.contains("\"333\""))
    }

    @Test func directoryTextInTheTableIsEscaped() {
        let evil = Finding(dn: "CN=A\u{1b}[2J,DC=x", attribute: "mail", value: "a@x.com", rule: "mailFormat", severity: .error, detail: "bad \u{1b}]0;t")
        let text = FindingTable.render(CheckReport(findings: [evil], usersChecked: 1, systemObjectsSkipped: 0))
        #expect(!text.unicodeScalars.contains("\u{1b}"))
    }
}
