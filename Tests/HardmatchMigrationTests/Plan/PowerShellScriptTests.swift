import HardmatchMigration
import Testing

/// The PowerShell text: single-quoted literals that no value can leave.
@Suite struct PowerShellScriptTests {
    private func write(id: String, dn: String?) -> PlannedWrite {
        PlannedWrite(cloudID: id, cloudUserPrincipalName: "u@contoso.com", onPremDN: dn, immutableID: "4WXSe+OMM0WUYfwqv5kYoA==",
                     plannedImmutableID: nil, plannedSyncEnabled: .notRecorded, plannedUserType: .notRecorded)
    }

    @Test func everyKindOfSingleQuoteIsDoubled() throws {
        let script = try PowerShellScript.make([write(id: "a'b\u{2018}c\u{201A}d\u{201B}e", dn: "CN=x")], planName: "p")
        #expect(script.contains("-UserId 'a''b\u{2018}\u{2018}c\u{201A}\u{201A}d\u{201B}\u{201B}e'"))
    }

    @Test func commentsCannotBeEndedByAnyLineBreak() throws {
        let script = try PowerShellScript.make([write(id: "c", dn: "CN=a\rb\u{2028}c\u{85}d")], planName: "plan\n.json")
        #expect(script.contains(#"# CN=a\u{d}b\u{2028}c\u{85}d -> u@contoso.com"#))
        #expect(script.hasPrefix(#"# Written by hardmatch script from plan\u{a}.json:"#))
        // Outside the guard function, only comments, settings and the guarded writes.
        let body = script.components(separatedBy: "\n}\n").last ?? ""
        #expect(body.split(separator: "\n").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("if (Test-AsPlanned ") || $0.hasPrefix("    Update-") || $0 == "}" })
    }

    @Test func plannedValuesAreQuotedAndControlCharactersRefused() throws {
        let renamed = PlannedWrite(cloudID: "c", cloudUserPrincipalName: "o'x@contoso.com", onPremDN: nil, immutableID: "4WXSe+OMM0WUYfwqv5kYoA==",
                                   plannedImmutableID: nil, plannedSyncEnabled: .value(false), plannedUserType: .value(nil),
                                   plannedUserPrincipalName: .value("o'x@contoso.com"), plannedMail: .value("a\nb"))
        #expect(throws: PowerShellScript.ScriptError.controlCharacter(entry: 1, field: "cloud.mail")) {
            try PowerShellScript.make([renamed], planName: "p")
        }
    }

    /// A right-to-left override would show the rest of the line reversed: what a person
    /// reviews would not be what PowerShell runs.
    @Test func bidirectionalControlsAreShownInCommentsAndRefusedInValues() throws {
        let script = try PowerShellScript.make([write(id: "c", dn: "CN=evil\u{202E}fdp.exe,OU=x\u{2066}y")], planName: "p\u{200F}")
        #expect(script.contains(#"# CN=evil\u{202e}fdp.exe,OU=x\u{2066}y -> u@contoso.com"#))
        #expect(script.hasPrefix(#"# Written by hardmatch script from p\u{200f}:"#))
        #expect(!script.unicodeScalars.contains { (0x202a...0x202e).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x200f })
        #expect(throws: PowerShellScript.ScriptError.controlCharacter(entry: 1, field: "cloud.id")) {
            try PowerShellScript.make([write(id: "a\u{202E}b", dn: nil)], planName: "p")
        }
    }

    @Test func controlCharactersInValuesAreRefused() {
        #expect(throws: PowerShellScript.ScriptError.controlCharacter(entry: 2, field: "cloud.id")) {
            try PowerShellScript.make([write(id: "ok", dn: nil), write(id: "a\u{0}b", dn: nil)], planName: "p")
        }
    }
}
