import HardmatchCore
import Testing

/// `onPremisesProvisioningErrors` read from exports: Graph's camelCase and PowerShell's PascalCase.
@Suite struct ProvisioningErrorReadTests {
    @Test func errorsAreReadWhateverTheCaseOfTheirKeys() throws {
        let text = """
            [{"id": "a", "onPremisesProvisioningErrors": [{"category": "PropertyConflict", "propertyCausingError": "UserPrincipalName", "value": "a@contoso.com", "occurredDateTime": "2026-12-01T10:00:00Z", "extra": 1}]},
             {"Id": "b", "OnPremisesProvisioningErrors": [{"Category": "PropertyConflict", "PropertyCausingError": "ProxyAddresses", "Value": ""}]},
             {"id": "c", "onPremisesProvisioningErrors": null}, {"id": "d"}]
            """
        let users = try CloudExportReader.read(Array(text.utf8)).users
        #expect(users[0].onPremisesProvisioningErrors == [ProvisioningError(category: "PropertyConflict", propertyCausingError: "UserPrincipalName", value: "a@contoso.com", occurredDateTime: "2026-12-01T10:00:00Z")])
        #expect(users[1].onPremisesProvisioningErrors == [ProvisioningError(category: "PropertyConflict", propertyCausingError: "ProxyAddresses", value: nil)])
        #expect(users[2].onPremisesProvisioningErrors.isEmpty && users[3].onPremisesProvisioningErrors.isEmpty)
    }

    @Test func aValueThatIsNoArrayOfObjectsIsRefused() {
        #expect(throws: CloudExportError.self) { try CloudExportReader.read(Array(#"[{"id": "a", "onPremisesProvisioningErrors": ["x"]}]"#.utf8)) }
        #expect(throws: CloudExportError.self) { try CloudExportReader.read(Array(#"[{"id": "a", "onPremisesProvisioningErrors": 3}]"#.utf8)) }
    }
}
