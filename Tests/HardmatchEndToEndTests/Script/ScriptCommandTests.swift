import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch script PLAN`: a PowerShell script whose values cannot break out of their quotes.
@Suite struct ScriptCommandTests {
    @Test func oneUpdateMgUserPerWriteWithTheDNInAComment() throws {
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...3))
        let result = try CommandRunner.run(["script", plan])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Connect-MgGraph -Scopes User.ReadWrite.All"))
        #expect(lines.filter { $0.hasPrefix("    Update-MgUser") }.count == 3)
        let index = try #require(lines.firstIndex(of: "    Update-MgUser -UserId '\(GraphFixtures.cloudID(2))' -OnPremisesImmutableId '\(GraphFixtures.anchor(2))'"))
        #expect(lines[index - 2] == "# CN=User 2,OU=Staff,DC=corp,DC=example -> user2@contoso.onmicrosoft.com")
        // Each write is guarded by its own read, comparing what apply compares.
        #expect(lines[index - 1] == "if (Test-AsPlanned '\(GraphFixtures.cloudID(2))' @{ OnPremisesImmutableId = $null; OnPremisesSyncEnabled = $null; UserType = 'Member'; UserPrincipalName = 'user2@contoso.onmicrosoft.com'; Mail = 'user2@contoso.com' }) {")
        #expect(lines.contains("function Test-AsPlanned([string]$UserId, [hashtable]$Planned) {"))
    }

    @Test func quotesAreDoubledAndLineBreaksInDNsCannotEndTheComment() throws {
        let folder = try ScratchFolder()
        var text = String(decoding: GraphFixtures.plan([1], dn: { _ in "CN=O'Brien\nRemove-Item C:\\ -Recurse,DC=corp" }), as: UTF8.self)
        text = text.replacingOccurrences(of: GraphFixtures.cloudID(1), with: "it's\u{2019}id")
        let plan = try folder.write("plan.json", Data(text.utf8))
        let result = try CommandRunner.run(["script", plan, "--output", folder.path("out.ps1")])
        #expect(result.status == 0, "\(result.standardError)")
        let script = try String(contentsOfFile: folder.path("out.ps1"), encoding: .utf8)
        #expect(script.contains("Update-MgUser -UserId 'it''s\u{2019}\u{2019}id' -OnPremisesImmutableId '\(GraphFixtures.anchor(1))'"))
        #expect(script.contains(#"# CN=O'Brien\u{a}Remove-Item C:\ -Recurse,DC=corp -> user1@contoso.onmicrosoft.com"#))
        #expect(!script.split(separator: "\n").contains { $0.hasPrefix("Remove-Item") })
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("out.ps1"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aControlCharacterInAValueIsRefused() throws {
        let folder = try ScratchFolder()
        let text = String(decoding: GraphFixtures.plan([1]), as: UTF8.self).replacingOccurrences(of: GraphFixtures.cloudID(1), with: "a\\u0007b")
        let plan = try folder.write("plan.json", Data(text.utf8))
        let result = try CommandRunner.run(["script", plan])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errorLines == ["error: \(plan): setImmutableId entry 1: cloud.id holds a control character or a bidirectional control; it cannot be put in a script safely"])
    }
}
