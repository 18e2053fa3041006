@testable import HardmatchCore
import Testing

/// The check report's mapping onto the HTML page: counts per severity and rule, groups by rule.
@Suite struct CheckHTMLTests {
    static let report = CheckReport(findings: [
        Finding(dn: "CN=a", attribute: "mail", value: "a b@x", rule: "mailCharacter", severity: .warning, detail: "a space"),
        Finding(dn: "CN=b", attribute: "userPrincipalName", value: "b\u{200b}@x", rule: "upnCharacter", severity: .error, detail: "invisible", fix: "b@x"),
        Finding(dn: "CN=c", attribute: "mail", value: "c c@x", rule: "mailCharacter", severity: .warning, detail: "a space"),
    ], usersChecked: 3, systemObjectsSkipped: 1)

    @Test func rulesWithErrorsComeFirstAndCountEveryFinding() {
        let page = CheckHTML.report(Self.report)
        #expect(page.charts[0].bars.map(\.count) == [1, 2])
        #expect(page.charts[1].bars.map(\.key) == ["upnCharacter", "mailCharacter"])
        #expect(page.groups.map(\.total) == [1, 2])
        #expect(page.groups[0].tone == .bad && page.groups[1].tone == .warn)
        #expect(page.groups[0].remedy.contains("1 of them with a suggested fix"))
    }

    @Test func invisibleCharactersAreSpelledOut() {
        let page = CheckHTML.report(Self.report)
        #expect(page.groups[0].items == [#"CN=b: userPrincipalName "b\u{200b}@x": invisible (fix: "b@x")"#])
        #expect(page.table.row(1)[4] == #""b\u{200b}@x""#)
    }

    @Test func aCleanDirectorySaysSo() {
        let clean = CheckReport(findings: [], usersChecked: 10, systemObjectsSkipped: 0)
        let text = String(decoding: CheckHTML.html(clean), as: UTF8.self)
        #expect(text.contains("No findings: the directory passes every check."))
        #expect(text.contains("nothing: no step is needed before the first sync."))
        #expect(text.contains(#"data-key="error" data-count="0""#))
    }
}
