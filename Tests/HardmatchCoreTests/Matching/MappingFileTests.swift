import HardmatchCore
import Testing

/// `--mapping FILE`: CSV parsing, and each side resolved by any of its names.
@Suite struct MappingFileTests {
    @Test func headerIsOptionalAndQuotedFieldsWork() throws {
        let withHeader = try MappingFile(text: Array("onPrem,cloud\r\nann,c1\r\n\"CN=Bea, Sales,DC=x\",\"c\"\"2\"\n\n".utf8))
        #expect(withHeader.rows == [
            MappingFile.Row(onPrem: "ann", cloud: "c1", line: 2),
            MappingFile.Row(onPrem: "CN=Bea, Sales,DC=x", cloud: "c\"2", line: 3),
        ])
        let without = try MappingFile(text: Array("ann,c1".utf8))
        #expect(without.rows == [MappingFile.Row(onPrem: "ann", cloud: "c1", line: 1)])
    }

    @Test func badRowsNameTheirLine() {
        #expect(throws: MappingFileError.wrongFieldCount(line: 2, count: 3)) { try MappingFile(text: Array("a,b\nc,d,e\n".utf8)) }
        #expect(throws: MappingFileError.emptyField(line: 1, column: "cloud")) { try MappingFile(text: Array("a,\n".utf8)) }
        #expect(throws: MappingFileError.unterminatedQuote(line: 1)) { try MappingFile(text: Array("\"a,b\n".utf8)) }
        #expect(throws: MappingFileError.textAfterQuote(line: 1)) { try MappingFile(text: Array("\"a\"x,b\n".utf8)) }
    }

    @Test func eachSideResolvesByAnyOfItsNames() throws {
        let onPrem = [Fixture.onPrem("ann", 1), Fixture.onPrem("bea", 2, consistency: 9), Fixture.onPrem("cid", 3)]
        let cloud = [Fixture.cloud("ID-A", upn: "a@contoso.onmicrosoft.com"), Fixture.cloud("id-b", mail: "b@contoso.com"), Fixture.cloud("id-c")]
        let text = """
        ann,ID-a
        \(Fixture.guid(9).string.uppercased()),B@contoso.com
        \(Fixture.anchor(3)),id-c
        "CN=ann,OU=Staff,DC=contoso,DC=com",a@contoso.onmicrosoft.com
        nobody,id-c
        """
        let file = try MappingFile(text: Array(text.utf8))
        let (pairings, unmatched) = try MappingResolver(onPrem: onPrem, cloud: cloud).resolve(file)
        #expect(pairings == [Pairing(onPrem: 0, cloud: 0), Pairing(onPrem: 1, cloud: 1), Pairing(onPrem: 2, cloud: 2), Pairing(onPrem: 0, cloud: 0)])
        #expect(unmatched.count == 1)
        #expect(unmatched.first?.hasPrefix("line 5: onPrem \"nobody\" names no on-premises user") == true)
    }

    @Test func aValueNamingSeveralUsersIsAnError() throws {
        let onPrem = [Fixture.onPrem("ann", 1, aliases: ["team@contoso.com"]), Fixture.onPrem("bea", 2, aliases: ["team@contoso.com"])]
        let file = try MappingFile(text: Array("team@contoso.com,c1\n".utf8))
        #expect(throws: MappingFileError.self) {
            try MappingResolver(onPrem: onPrem, cloud: [Fixture.cloud("c1")]).resolve(file)
        }
    }
}
