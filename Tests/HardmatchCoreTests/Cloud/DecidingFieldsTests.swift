import HardmatchCore
import Testing

/// An export without the properties the plan decides by is refused; one without the
/// hardening properties is read with a note of what was not checked (SPEC §4).
@Suite struct DecidingFieldsTests {
    private func read(_ text: String) throws -> CloudExport {
        try CloudExportReader.read(Array(text.utf8))
    }

    private let complete = #""onPremisesImmutableId":null,"onPremisesSyncEnabled":null,"userType":"Member","proxyAddresses":[]"#

    @Test func aDefaultGraphSelectionIsRefusedNamingTheFieldsAndTheSelect() throws {
        let export = try read(#"{"value":[{"id":"a","userPrincipalName":"a@contoso.com","mail":null,"displayName":"A"}]}"#)
        #expect(throws: CloudExportError.missingFields(["onPremisesImmutableId", "onPremisesSyncEnabled", "userType", "proxyAddresses"])) {
            try export.requireDecidingFields()
        }
        let message = CloudExportError.missingFields(["userType"]).description
        #expect(message.contains("$select=id,userPrincipalName"))
        #expect(message.contains("-Property Id,UserPrincipalName"))
    }

    @Test func aPowerShellExportWithoutPropertyHasNullUserTypeEverywhere() throws {
        let export = try read(#"[{"Id":"a","OnPremisesImmutableId":null,"OnPremisesSyncEnabled":null,"UserType":null,"ProxyAddresses":[]},{"Id":"b","OnPremisesImmutableId":null,"OnPremisesSyncEnabled":null,"UserType":"","ProxyAddresses":[]}]"#)
        #expect(throws: CloudExportError.missingFields(["userType"])) { try export.requireDecidingFields() }
    }

    @Test func oneUserLackingAKeyIsEnough() throws {
        let export = try read("[{\"id\":\"a\",\(complete)},{\"id\":\"b\",\"onPremisesSyncEnabled\":null,\"userType\":\"Member\",\"proxyAddresses\":[]}]")
        #expect(throws: CloudExportError.missingFields(["onPremisesImmutableId"])) { try export.requireDecidingFields() }
    }

    @Test func aCompleteExportPassesAndNotesTheHardeningFields() throws {
        let export = try read("[{\"id\":\"a\",\(complete)}]")
        try export.requireDecidingFields()
        #expect(export.presence.missingChecks == ["onPremisesObjectIdentifier", "onPremisesSyncBehavior"])
        var set = CloudUserSet()
        try set.add(export, file: "users.json")
        #expect(set.unchecked == ["onPremisesObjectIdentifier", "onPremisesSyncBehavior"])
        #expect(set.findings.contains { $0.hasPrefix("users.json: the users lack onPremisesObjectIdentifier and onPremisesSyncBehavior") })
    }

    @Test func hardeningFieldsAreReadAndEmptyStringsAreNull() throws {
        let export = try read("[{\"id\":\"a\",\(complete),\"onPremisesObjectIdentifier\":\"\",\"onPremisesSyncBehavior\":{\"isCloudManaged\":true}},{\"id\":\"b\",\(complete),\"onPremisesObjectIdentifier\":\"7bd265e1-8ce3-4533-9461-fc2abf9918a0\",\"onPremisesSyncBehavior\":null,\"mail\":\"\",\"userPrincipalName\":\"\"}]")
        #expect(export.presence.missingChecks.isEmpty)
        #expect(export.users[0].onPremisesObjectIdentifier == nil)
        #expect(export.users[0].isCloudManaged == true)
        #expect(export.users[1].objectIdentifierGUID?.string == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(export.users[1].isCloudManaged == nil)
        #expect(export.users[1].mail == nil)
        #expect(export.users[1].userPrincipalName == nil)
    }

    @Test func nullProxyAddressesAreSkippedOtherTypesRefused() throws {
        let export = try read(#"[{"id":"a","proxyAddresses":["SMTP:a@contoso.com",null,""]}]"#)
        #expect(export.users[0].proxyAddresses == ["SMTP:a@contoso.com"])
        #expect(throws: CloudExportError.self) { try read(#"[{"id":"a","proxyAddresses":[1]}]"#) }
    }
}
