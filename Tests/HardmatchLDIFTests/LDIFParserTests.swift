import HardmatchCore
import Testing
@testable import HardmatchLDIF

/// The RFC 2849 features the reader accepts, one at a time.
@Suite struct LDIFParserTests {
    // MARK: - Records and lines

    @Test func readsEntriesSeparatedByBlankLines() throws {
        let entries = try LDIF.entries("dn: CN=A,DC=x\ncn: A\n\n\n\ndn: CN=B,DC=x\ncn: B\nmail: b@x\n")
        #expect(entries == [
            DirectoryEntry(dn: "CN=A,DC=x", attributes: ["cn": [Array("A".utf8)]]),
            DirectoryEntry(dn: "CN=B,DC=x", attributes: ["cn": [Array("B".utf8)], "mail": [Array("b@x".utf8)]]),
        ])
    }

    @Test func reportsTheLineOfEachRecord() throws {
        let records = try LDIF.parse("version: 1\n\n# comment\ndn: CN=A\ncn: A\n\ndn: CN=B\n")
        #expect(records.map(\.line) == [4, 7])
    }

    @Test func acceptsAVersionLineOnlyAtTheStart() throws {
        #expect(try LDIF.entries("version: 1\ndn: CN=A\ncn: A\n").count == 1)
        #expect(try LDIF.entries("version: 1\n\ndn: CN=A\ncn: A\n").count == 1)
        #expect(LDIF.error("version: 2\n\ndn: CN=A\n") == LDIFError(line: 1, .unsupportedVersion("2")))
        #expect(LDIF.error("dn: CN=A\n\nversion: 1\n")?.problem == .missingDN(firstLine: "version: 1"))
    }

    @Test func namesAreLowerCasedAndValuesKeepTheirOrder() throws {
        let entry = try #require(try LDIF.entries("dn: CN=A\nProxyAddresses: SMTP:a@x\nPROXYADDRESSES: smtp:b@x\nproxyaddresses: smtp:c@x\n").first)
        #expect(Array(entry.attributes.keys) == ["proxyaddresses"])
        #expect(entry.strings("proxyAddresses") == ["SMTP:a@x", "smtp:b@x", "smtp:c@x"])
    }

    /// More distinct names than the name table numbers (an export no directory writes):
    /// the names past its capacity share one number, which must never mix their values.
    @Test func namesBeyondTheTableCapacityStayApart() throws {
        let count = LDIFAttributeNames.capacity + 100
        var text = ""
        for record in ["A", "B"] {
            text += "dn: CN=\(record)\n"
            for round in 1...2 {
                // Short names are told apart by their fingerprints, long ones by their bytes.
                for number in 0..<count { text += "Attr\(number): \(record)\(number).\(round)\n" }
                for number in 0..<count { text += "longAttribute\(number): \(record)\(number).\(round)\n" }
            }
            text += "mail: \(record)@x\n\n"
        }
        let entries = try LDIF.entries(text)
        #expect(entries.count == 2)
        for (entry, record) in zip(entries, ["A", "B"]) {
            #expect(entry.attributes.count == 2 * count + 1)
            for number in [0, LDIFAttributeNames.capacity - 1, LDIFAttributeNames.capacity, count - 1] {
                #expect(entry.strings(AttributeName("attr\(number)")) == ["\(record)\(number).1", "\(record)\(number).2"])
                #expect(entry.strings(AttributeName("LONGATTRIBUTE\(number)")) == ["\(record)\(number).1", "\(record)\(number).2"])
            }
            #expect(entry.string("mail") == "\(record)@x")
        }
    }

    @Test func interleavedAttributesKeepTheirValueOrder() throws {
        let entry = try #require(try LDIF.entries("dn: CN=A\nmail: 1\ncn: A\nmail: 2\ncn: B\nmail: 3\n\ndn: CN=B\nmail: 4\n").first)
        #expect(entry.strings("mail") == ["1", "2", "3"])
        #expect(entry.strings("cn") == ["A", "B"])
    }

    @Test func keepsEveryAttributeBeyondTheNameTable() throws {
        let text = "dn: CN=A\n" + (0..<700).map { "extensionAttribute\($0): v\($0)\nextensionAttribute\($0): w\n" }.joined()
        let entries = try LDIF.entries(text + "\n" + text)
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0.attributes.count == 700 })
        #expect(entries[1].strings("extensionAttribute699") == ["v699", "w"])
    }

    @Test func commentsAreIgnoredAnywhereAndMayBeFolded() throws {
        let entries = try LDIF.entries("# export\n#  folded\n comment: not an attribute\ndn: CN=A\n# inside\ncn: A\n#\n")
        #expect(entries == [DirectoryEntry(dn: "CN=A", attributes: ["cn": [Array("A".utf8)]])])
    }

    @Test func aFileWithoutRecordsIsEmpty() throws {
        #expect(try LDIF.parse("").isEmpty)
        #expect(try LDIF.parse("\n\n# nothing here\n").isEmpty)
        #expect(try LDIF.parse("version: 1\n").isEmpty)
    }

    /// What both tools write for an object the exporting account may not read: a DN alone,
    /// or a DN and `changetype: add` (ldifde).
    @Test func anEntryWithoutAttributesIsUnreadable() throws {
        #expect(try LDIF.parse("dn: CN=A\n\ndn: CN=B") == [.unreadable(dn: "CN=A", line: 1), .unreadable(dn: "CN=B", line: 3)])
        #expect(try LDIF.parse("dn:\n") == [.unreadable(dn: "", line: 1)])
        #expect(try LDIF.parse("\r\ndn: CN=NTDS Quotas,DC=x\r\nchangetype: add\r\n\r\n") == [.unreadable(dn: "CN=NTDS Quotas,DC=x", line: 2)])
    }

    /// Attributes the caller did not ask for still make a record readable: only their values are skipped.
    @Test func anEntryWithOnlyUnkeptAttributesIsStillAnEntry() throws {
        let options = LDIFParser.Options(attributes: ["objectGUID"])
        #expect(try LDIF.parse("dn: CN=A\ncn: A\n", options: options) == [.entry(DirectoryEntry(dn: "CN=A"), line: 1)])
    }

    // MARK: - Line ends

    @Test func acceptsCRLFLFAndALoneFinalCR() throws {
        let expected = [DirectoryEntry(dn: "CN=A", attributes: ["cn": [Array("A".utf8)]])]
        #expect(try LDIF.entries("dn: CN=A\r\ncn: A\r\n") == expected)
        #expect(try LDIF.entries("dn: CN=A\r\ncn: A\r") == expected)
        #expect(try LDIF.entries("dn: CN=A\ncn: A") == expected)
        #expect(try LDIF.entries("dn: CN=A\r\ncn: A\n\r\n\r\n") == expected)
    }

    @Test func skipsAUTF8ByteOrderMark() throws {
        let entries = try LDIFParser.parse([0xef, 0xbb, 0xbf] + Array("dn: CN=A\ncn: A\n".utf8))
        #expect(entries.count == 1)
    }

    @Test func refusesUTF16WithAClearMessage() {
        let error = LDIF.error([0xff, 0xfe] + Array("d\0n\0".utf8))
        #expect(error == LDIFError(line: 1, .utf16))
        #expect(error?.description.contains("iconv") == true)
    }

    // MARK: - Folding

    @Test func joinsContinuationLinesDroppingExactlyOneSpace() throws {
        let entry = try #require(try LDIF.entries("dn: CN=Adele Va\n nce,DC=x\ndescription: one\n  two\n   three\n").first)
        #expect(entry.dn == "CN=Adele Vance,DC=x")
        #expect(entry.string("description") == "one two  three")
    }

    @Test func joinsBytesBeforeDecodingUTF8AndBase64() throws {
        // "Zoë": the two bytes of ë on different lines.
        let text: [UInt8] = Array("dn: CN=A\ncn: Zo".utf8) + [0xc3, 0x0a, 0x20, 0xab] + Array("\nobjectGUID:: 4WXSe+OMM0W\n UYfwqv5kYoA==\n".utf8)
        let records = try LDIFParser.parse(text)
        guard case .entry(let entry, _) = records.first else { Issue.record("no entry"); return }
        #expect(entry.string("cn") == "Zoë")
        #expect(try OnPremUserMapping.map(entry).objectGUID.string == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
    }

    @Test func foldsCRLFContinuations() throws {
        let entry = try #require(try LDIF.entries("dn: CN=A\r\ndisplayName: Ade\r\n le\r\n").first)
        #expect(entry.string("displayName") == "Adele")
    }

    // MARK: - Values

    @Test func spacesAfterTheColonAreNotPartOfTheValue() throws {
        let entry = try #require(try LDIF.entries("dn:    CN=A\ncn:A\nsn:   B  \ngivenName:\n").first)
        #expect(entry.dn == "CN=A")
        #expect(entry.string("cn") == "A")
        #expect(entry.string("sn") == "B  ")
        #expect(entry.values("givenName") == [[]])
    }

    @Test func decodesBase64ValuesAndDNs() throws {
        let entry = try #require(try LDIF.entries("dn:: Q049Wm/DqyDDmGRlZ8OlcmQ=\nthumbnailPhoto:: AAEC/w==\ndescription::\n").first)
        #expect(entry.dn == "CN=Zoë Ødegård")
        #expect(entry.values("thumbnailPhoto") == [[0x00, 0x01, 0x02, 0xff]])
        #expect(entry.values("description") == [[]])
    }

    @Test func keepsTextualValuesAsBytes() throws {
        let entry = try #require(try LDIF.entries("dn: CN=A\ndisplayName: Zoë\tØdegård\n").first)
        #expect(entry.values("displayName") == [Array("Zoë\tØdegård".utf8)])
    }

    @Test func keepsOnlyTheAttributesAskedFor() throws {
        let options = LDIFParser.Options(attributes: ["objectguid", "mail"])
        let entry = try #require(try LDIF.entries("dn: CN=A\nmail: a@x\njpegPhoto:: not base64 but never decoded\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n", options: options).first)
        #expect(Set(entry.attributes.keys) == ["mail", "objectguid"])
    }

    @Test func userAttributesAreWhatTheMappingReads() {
        #expect(LDIFParser.Options.userAttributes.contains("objectguid"))
        #expect(LDIFParser.Options.userAttributes.contains("ms-ds-consistencyguid"))
        #expect(LDIFParser.Options.userAttributes.contains("objectclass"))
    }

    // MARK: - Options

    @Test func storesRangedAndOptionedValuesUnderTheBaseName() throws {
        let entry = try #require(try LDIF.entries("dn: CN=A\nproxyAddresses;range=0-*: SMTP:a@x\nproxyAddresses;range=0-*: smtp:b@x\nuserCertificate;binary:: AAE=\n").first)
        #expect(entry.strings("proxyAddresses") == ["SMTP:a@x", "smtp:b@x"])
        #expect(entry.values("userCertificate") == [[0, 1]])
    }

    @Test func refusesATruncatedRange() {
        let error = LDIF.error("dn: CN=A\ncn: A\nproxyAddresses;range=0-1499: SMTP:a@x\n")
        #expect(error == LDIFError(line: 3, .truncatedRange(attribute: "proxyAddresses", option: "range=0-1499")))
        #expect(error?.description.hasPrefix("3: proxyAddresses;range=0-1499 holds only part of the values") == true)
    }

    @Test func refusesAMalformedRange() {
        #expect(LDIF.error("dn: CN=A\nmember;range=x-*: CN=B\n") == LDIFError(line: 2, .malformedRange(attribute: "member", option: "range=x-*")))
    }

    // MARK: - Change records

    @Test func treatsChangetypeAddAsTheEntry() throws {
        let entries = try LDIF.entries("dn: CN=A\nchangetype: add\ncn: A\n")
        #expect(entries == [DirectoryEntry(dn: "CN=A", attributes: ["cn": [Array("A".utf8)]])])
    }

    @Test(arguments: ["modify", "delete", "modrdn", "moddn"])
    func refusesOtherChangetypes(changetype: String) {
        let error = LDIF.error("dn: CN=A\ncn: A\n\ndn: CN=B\nchangetype: \(changetype)\nreplace: mail\nmail: b@x\n-\n")
        #expect(error == LDIFError(line: 5, .changeRecord(changetype: changetype)))
        #expect(error?.description == "5: changetype: \(changetype) records are changes, not an export; use ldapsearch -LLL or ldifde -f output")
    }

    @Test func ignoresControlLines() throws {
        let entries = try LDIF.entries("dn: CN=A\ncontrol: 1.2.840.113556.1.4.805 true\nchangetype: add\ncn: A\n")
        #expect(entries == [DirectoryEntry(dn: "CN=A", attributes: ["cn": [Array("A".utf8)]])])
    }

    // MARK: - References and search results

    @Test func readsReferenceCommentsAndRecords() throws {
        let records = try LDIF.parse("""
            dn: CN=A
            cn: A

            # refldap://DomainDnsZones.contoso.com/DC=DomainDnsZones,DC=contoso,DC=co
             m

            # search reference
            ref: ldap://contoso.com/CN=Configuration,DC=contoso,DC=com

            """)
        #expect(records.count == 3)
        #expect(records[1] == .reference(urls: ["ldap://DomainDnsZones.contoso.com/DC=DomainDnsZones,DC=contoso,DC=com"], line: 4))
        #expect(records[2] == .reference(urls: ["ldap://contoso.com/CN=Configuration,DC=contoso,DC=com"], line: 8))
    }

    @Test func acceptsASuccessfulSearchTrailer() throws {
        let records = try LDIF.parse("dn: CN=A\ncn: A\n\n# search result\nsearch: 2\nresult: 0 Success\ncontrol: 1.2.840.113556.1.4.319 false MAQCAQAEAA==\n\n# numResponses: 2\n")
        #expect(records.count == 1)
    }

    @Test func refusesAFailedSearchTrailer() {
        let error = LDIF.error("dn: CN=A\ncn: A\n\nsearch: 2\nresult: 4 Size limit exceeded\n")
        #expect(error == LDIFError(line: 5, .searchFailed(result: "4 Size limit exceeded")))
    }

    // MARK: - URLs

    @Test func refusesURLValuesByDefault() {
        let error = LDIF.error("dn: CN=A\njpegPhoto:< file:///etc/passwd\n")
        #expect(error?.description == "2: jpegPhoto:< refusing to read file:///etc/passwd: an export must not make hardmatch read other files")
        #expect(LDIF.error("dn: CN=A\njpegPhoto:< http://example.com/a.jpg\n", options: LDIFParser.Options(allowFileURLs: true))?.problem
            == .urlRefused(attribute: "jpegPhoto", url: "http://example.com/a.jpg"))
    }

    @Test func readsFileURLsWhenAllowed() throws {
        let path = LDIF.fixturePath("ldifde.ldf")
        let expected = try LDIF.fixture("ldifde.ldf")
        let options = LDIFParser.Options(allowFileURLs: true)
        let entry = try #require(try LDIF.entries("dn: CN=A\ndescription:< file://\(path.replacingOccurrences(of: " ", with: "%20"))\n", options: options).first)
        #expect(entry.values("description") == [expected])
        let missing = LDIF.error("dn: CN=A\ndescription:< file:///nonexistent/x\n", options: options)
        #expect(missing == LDIFError(line: 2, .urlUnreadable(attribute: "description", url: "file:///nonexistent/x", reason: "No such file or directory")))
    }

    @Test func filePathsFromURLs() {
        #expect(LDIFRecordBuilder.filePath("file:///tmp/a%20b") == "/tmp/a b")
        #expect(LDIFRecordBuilder.filePath("FILE://localhost/tmp/x") == "/tmp/x")
        #expect(LDIFRecordBuilder.filePath("file://server/share/x") == nil)
        #expect(LDIFRecordBuilder.filePath("file:///tmp/%00") == nil)
    }
}
