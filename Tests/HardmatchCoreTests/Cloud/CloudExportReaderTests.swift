import HardmatchCore
import Testing

/// The three export shapes of SPEC §4, and every way a file can be wrong.
@Suite struct CloudExportReaderTests {
    static let graphUser = #"{"id":"11111111-2222-3333-4444-555555555555","userPrincipalName":"ann@contoso.com","mail":"ann@contoso.com","proxyAddresses":["SMTP:ann@contoso.com","smtp:a@contoso.com"],"onPremisesImmutableId":"4WXSe+OMM0WUYfwqv5kYoA==","onPremisesSyncEnabled":false,"userType":"Member","displayName":"Ann","accountEnabled":true}"#

    private func read(_ text: String) throws -> CloudExport {
        try CloudExportReader.read(Array(text.utf8))
    }

    private func failure(_ text: String) -> CloudExportError? {
        do {
            _ = try CloudExportReader.read(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Shapes

    @Test func graphPageWithNextLink() throws {
        let export = try read(#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[\#(Self.graphUser)],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$skiptoken=X"}"#)
        #expect(export.shape == .graphPage)
        #expect(export.nextLink == "https://graph.microsoft.com/v1.0/users?$skiptoken=X")
        let user = try #require(export.users.first)
        #expect(user == CloudUser(
            id: "11111111-2222-3333-4444-555555555555", userPrincipalName: "ann@contoso.com", mail: "ann@contoso.com",
            proxyAddresses: ["SMTP:ann@contoso.com", "smtp:a@contoso.com"], onPremisesImmutableId: "4WXSe+OMM0WUYfwqv5kYoA==",
            onPremisesSyncEnabled: false, userType: "Member", displayName: "Ann", accountEnabled: true
        ))
        #expect(user.immutableIdGUID?.string == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(export.findings.isEmpty)
    }

    @Test func bareArray() throws {
        let export = try read("[\(Self.graphUser), {\"id\": \"x2\"}]")
        #expect(export.shape == .array)
        #expect(export.users.map(\.id) == ["11111111-2222-3333-4444-555555555555", "x2"])
        #expect(export.users[1].userPrincipalName == nil)
        #expect(export.users[1].proxyAddresses == [])
    }

    @Test func powerShellConvertToJsonWithPascalCaseAndExtraProperties() throws {
        let text = """
        [
            {
                "AccountEnabled":  true,
                "DisplayName":  "Bea Müller",
                "Id":  "b0b0b0b0-0000-0000-0000-000000000001",
                "Mail":  null,
                "OnPremisesImmutableId":  null,
                "OnPremisesSyncEnabled":  null,
                "ProxyAddresses":  [
                                       "SMTP:bea@contoso.com"
                                   ],
                "UserPrincipalName":  "bea@contoso.onmicrosoft.com",
                "UserType":  "Guest",
                "AdditionalProperties":  { "@odata.type": "#microsoft.graph.user", "n": [1, 2.5e3, -0.1] },
                "BusinessPhones":  [ ]
            }
        ]
        """
        let user = try #require(try read(text).users.first)
        #expect(user.id == "b0b0b0b0-0000-0000-0000-000000000001")
        #expect(user.displayName == "Bea Müller")
        #expect(user.proxyAddresses == ["SMTP:bea@contoso.com"])
        #expect(user.isGuest)
        #expect(user.accountEnabled == true)
    }

    @Test func singleUserObjectFromConvertToJsonOfOneUser() throws {
        let export = try read(#"{"Id":"solo","UserPrincipalName":"solo@contoso.com"}"#)
        #expect(export.shape == .singleUser)
        #expect(export.users.map(\.id) == ["solo"])
    }

    @Test func utf16WithByteOrderMarkFromWindowsPowerShell() throws {
        let text = #"[{"Id":"u16","DisplayName":"Zoë 李"}]"#
        var bytes: [UInt8] = [0xff, 0xfe]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xff), UInt8(unit >> 8)] }
        let export = try CloudExportReader.read(bytes)
        #expect(export.users.first?.displayName == "Zoë 李")
        var utf8BOM: [UInt8] = [0xef, 0xbb, 0xbf]
        utf8BOM += Array(text.utf8)
        #expect(try CloudExportReader.read(utf8BOM).users.first?.id == "u16")
    }

    @Test func emptyPageIsValid() throws {
        #expect(try read(#"{"value":[]}"#).users.isEmpty)
        #expect(try read("[]").users.isEmpty)
    }

    // MARK: - Findings, not errors

    @Test(arguments: ["legacy-0001", "4WXSe+OMM0WUYfwqv5kYoA=", "4WXSe+OMM0WUYfwqv5kYoB==", "AAAA"])
    func junkImmutableIdIsAFindingNotAnError(value: String) throws {
        let export = try read(#"[{"id":"j","onPremisesImmutableId":"\#(value)"}]"#)
        #expect(export.users.first?.onPremisesImmutableId == value)
        #expect(export.users.first?.immutableIdGUID == nil)
        #expect(export.findings.count == 1)
        #expect(export.findings.first?.description.contains("cloud user j: onPremisesImmutableId") == true)
    }

    // MARK: - Errors

    @Test func notJSONNamesLineAndColumn() {
        guard case .notJSON(let error)? = failure("[\n{\"id\": \"a\",}\n]") else {
            Issue.record("expected notJSON")
            return
        }
        #expect(error.line == 2)
        #expect(error.column == 12)
        #expect(error.description.hasPrefix("line 2, column 12 (byte 13): expected '\"' (a key)"))
    }

    @Test func truncatedFileSaysSo() {
        guard case .notJSON(let error)? = failure("[" + Self.graphUser.dropLast(20)) else {
            Issue.record("expected notJSON")
            return
        }
        #expect("\(error)".contains("cut short") || "\(error)".contains("ends"))
    }

    @Test func plainTextIsCalledNotJSON() {
        for text in ["this is not json", "nothing here", "false alarm", "no"] {
            guard case .notJSON? = failure(text) else {
                Issue.record("\(text): \(String(describing: failure(text)))")
                continue
            }
        }
        #expect(failure("true") == .wrongShape(found: .bool, line: 1))
        #expect(failure("null") == .wrongShape(found: .null, line: 1))
    }

    @Test func everyBadShapeIsItsOwnError() {
        #expect(failure("") == .empty)
        #expect(failure(" \n ") == .empty)
        #expect(failure("42") == .wrongShape(found: .number, line: 1))
        #expect(failure(#"{"@odata.context":"x"}"#) == .objectWithoutUsers(line: 1))
        #expect(failure(#"{"value":{"id":"a"}}"#) == .valueNotArray(found: .object, line: 1))
        #expect(failure(#"["a"]"#) == .userNotObject(index: 1, found: .string, line: 1))
        #expect(failure("[{\"id\":\"a\"},\n{\"mail\":\"x\"}]") == .missingId(index: 2, line: 2))
        #expect(failure(#"[{"id":""}]"#) == .emptyId(index: 1, line: 1))
        #expect(failure(#"[{"id":null}]"#) == .missingId(index: 1, line: 1))
        #expect(failure(#"[{"id":7}]"#) == .wrongType(index: 1, field: "id", found: .number, expected: "a string or null", line: 1))
        #expect(failure(#"[{"id":"a","accountEnabled":"yes"}]"#) == .wrongType(index: 1, field: "accountEnabled", found: .string, expected: "true, false or null", line: 1))
        #expect(failure(#"[{"id":"a","proxyAddresses":[1]}]"#) == .wrongType(index: 1, field: "proxyAddresses", found: .number, expected: "an array of strings", line: 1))
        #expect(failure(#"[{"id":"a","Id":"b"}]"#) == .duplicateField(index: 1, field: "id", line: 1))
        #expect(failure("[] []") == .notJSON(JSONError(.trailingData(UInt8(ascii: "[")), offset: 3, line: 1, column: 4)))
        #expect(failure("\u{ff}\u{fe}x") != nil)
    }

    @Test func messagesNameTheProblem() {
        #expect(CloudExportError.missingId(index: 2, line: 9).description == "line 9: user 2 has no \"id\"; every Graph user has one (was it left out of $select?)")
        #expect(CloudExportError.wrongShape(found: .string, line: 1).description.contains("expected a Graph page"))
    }

    // MARK: - Several files

    @Test func duplicateIdsAcrossFilesNameBothFiles() throws {
        var set = CloudUserSet()
        try set.add(read(#"[{"id":"AAAA-1"}]"#), file: "page1.json")
        #expect(throws: CloudUserSet.Problem.duplicateId("aaaa-1", firstFile: "page1.json", secondFile: "page2.json")) {
            try set.add(try read(#"[{"id":"aaaa-1"}]"#), file: "page2.json")
        }
    }

    @Test func everyPageWithNextLinkMeansTheLastIsMissing() throws {
        var set = CloudUserSet()
        try set.add(read(#"{"value":[{"id":"a"}],"@odata.nextLink":"n1"}"#), file: "p1.json")
        #expect(throws: CloudUserSet.Problem.self) { try set.validate() }
        #expect(set.findings.contains { $0.hasPrefix("p1.json: the page has @odata.nextLink") })
        try set.add(read(#"{"value":[{"id":"b"}]}"#), file: "p2.json")
        try set.validate()
        #expect(set.users.map(\.id) == ["a", "b"])
    }
}
