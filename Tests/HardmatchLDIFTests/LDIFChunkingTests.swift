import Testing
@testable import HardmatchLDIF

/// Chunks may be cut anywhere: mid-line, mid-UTF-8, mid-CRLF, mid-base64, before a fold.
@Suite struct LDIFChunkingTests {
    static let tricky: [UInt8] = [0xef, 0xbb, 0xbf] + Array("version: 1\r\n\r\n# comment\r\n  folded\r\ndn: CN=Zo".utf8) + [0xc3, 0x0d, 0x0a, 0x20, 0xab]
        + Array("\r\nchangetype: add\r\nobjectGUID:: 4WXSe+OM\r\n M0WUYfwqv5kYoA==\r\nproxyAddresses;range=0-*: SMTP:a@x\r\n\r\n\r\n# refldap://contoso.com/CN=Configuration\r\n\r\ndn: CN=B\ncn: B\r".utf8)

    @Test func everyChunkSizeGivesTheSameRecords() throws {
        let expected = try LDIFParser.parse(Self.tricky)
        #expect(expected.count == 3)
        for size in 1...Self.tricky.count {
            #expect(try LDIF.parseInChunks(Self.tricky, size: size).get() == expected, "chunk size \(size)")
        }
    }

    @Test(arguments: ["ldapsearch-LLL.ldif", "ldifde.ldf"])
    func fixturesInEveryChunkSize(fixture: String) throws {
        let bytes = try LDIF.fixture(fixture)
        let expected = try LDIFParser.parse(bytes)
        for size in 1...bytes.count {
            #expect(try LDIF.parseInChunks(bytes, size: size).get() == expected, "chunk size \(size)")
        }
    }

    @Test func errorsAndTheirLinesDoNotDependOnChunking() {
        let broken = Array("dn: CN=A\r\ncn: A\r\n\r\ndn: CN=B\r\nobjectGUID:: 4WXSe+OMM0W\r\n UYfwqv5kYoA=\r\n".utf8)
        let expected = LDIFError(line: 5, .invalidBase64(attribute: "objectGUID"))
        for size in 1...broken.count {
            guard case .failure(let error) = LDIF.parseInChunks(broken, size: size) else {
                Issue.record("chunk size \(size) parsed")
                continue
            }
            #expect(error == expected, "chunk size \(size)")
        }
    }

    @Test func aByteOrderMarkSplitAcrossChunks() throws {
        let bytes: [UInt8] = [0xef, 0xbb, 0xbf] + Array("dn: CN=A\n".utf8)
        for size in 1...3 {
            #expect(try LDIF.parseInChunks(bytes, size: size).get().count == 1)
        }
        #expect(LDIF.error([0xef, 0xbb]) == LDIFError(line: 1, .missingColon(excerpt: "\u{FFFD}")))
    }
}
