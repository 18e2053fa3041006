import Testing
@testable import HardmatchLDIF

/// Every malformed input gives the right problem on the line where it starts.
@Suite struct LDIFErrorTests {
    @Test func continuationFirstInTheFile() {
        #expect(LDIF.error(" dn: CN=A\n") == LDIFError(line: 1, .continuationWithoutLine))
        #expect(LDIF.error([0xef, 0xbb, 0xbf] + Array(" x\n".utf8)) == LDIFError(line: 1, .continuationWithoutLine))
    }

    @Test func continuationFirstInARecord() {
        #expect(LDIF.error("dn: CN=A\ncn: A\n\n cn: B\n") == LDIFError(line: 4, .continuationWithoutLine))
        #expect(LDIF.error("dn: CN=A\r\n\r\n \r\n") == LDIFError(line: 3, .continuationWithoutLine))
    }

    @Test func lineWithoutAColon() {
        let error = LDIF.error("dn: CN=A\ncn: A\nthis line has no colon\n")
        #expect(error == LDIFError(line: 3, .missingColon(excerpt: "this line has no colon")))
        #expect(error?.description.hasPrefix("3: \"this line has no colon\" has no colon") == true)
    }

    @Test func invalidAttributeNames() {
        #expect(LDIF.error("dn: CN=A\ncommon name: A\n") == LDIFError(line: 2, .invalidAttributeName("common name")))
        #expect(LDIF.error("dn: CN=A\n: A\n") == LDIFError(line: 2, .invalidAttributeName("")))
        #expect(LDIF.error("dn: CN=A\ncn;: A\n") == LDIFError(line: 2, .invalidAttributeName("cn;")))
        #expect(LDIF.error("dn: CN=A\nc\u{0}n: A\n")?.line == 2)
    }

    @Test func badBase64() {
        #expect(LDIF.error("dn: CN=A\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA=\n") == LDIFError(line: 2, .invalidBase64(attribute: "objectGUID")))
        #expect(LDIF.error("dn: CN=A\nobjectGUID:: 4WXSe+OMM0WU\n Yfwqv5kYo A==\n") == LDIFError(line: 2, .invalidBase64(attribute: "objectGUID")))
        #expect(LDIF.error("dn:: Q049Wm/DqyDDmGRlZ8OlcmQ\n") == LDIFError(line: 1, .invalidBase64(attribute: "dn")))
    }

    @Test func fileEndingInsideABase64Value() {
        #expect(LDIF.error("dn: CN=A\ncn: A\nobjectGUID:: 4WXSe+OMM0WUY") == LDIFError(line: 3, .invalidBase64(attribute: "objectGUID")))
        #expect(LDIF.error("dn: CN=A\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==") == nil)
    }

    @Test func binaryJunkInTextualValues() {
        #expect(LDIF.error("dn: CN=A\ncn: A\u{0}B\n") == LDIFError(line: 2, .controlCharacter(attribute: "cn", byte: 0)))
        #expect(LDIF.error("dn: CN=A\ncn: A\rB\n") == LDIFError(line: 2, .controlCharacter(attribute: "cn", byte: 0x0d)))
        #expect(LDIF.error(Array("dn: CN=A\ndisplayName: Z".utf8) + [0xeb] + Array("\n".utf8)) == LDIFError(line: 2, .invalidUTF8(attribute: "displayName")))
        #expect(LDIF.error(Array("dn: CN=".utf8) + [0xc0, 0xaf] + Array("\n".utf8)) == LDIFError(line: 1, .invalidUTF8(attribute: "dn")))
        #expect(LDIF.error("dn:: Q049AEI=\n") == LDIFError(line: 1, .controlCharacter(attribute: "dn", byte: 0)))
    }

    /// Long values are checked eight bytes at a time first: a bad byte anywhere in one,
    /// in a whole word or in the tail, must still be caught exactly.
    @Test func junkAnywhereInALongValue() {
        for position in 0..<19 {
            // A carriage return last is the CR of a CRLF line end, not part of the value.
            for byte: UInt8 in [0x00, 0x0d, 0x1f] where !(byte == 0x0d && position == 18) {
                var value = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
                value[position] = byte
                #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + value + [0x0a]) == LDIFError(line: 2, .controlCharacter(attribute: "cn", byte: byte)), "byte \(byte) at \(position)")
            }
            for byte: UInt8 in [0x80, 0xc3, 0xff] {
                var value = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
                value[position] = byte
                #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + value + [0x0a]) == LDIFError(line: 2, .invalidUTF8(attribute: "cn")), "byte \(byte) at \(position)")
            }
            var tabbed = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
            tabbed[position] = 0x09
            #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + tabbed + [0x0a]) == nil, "tab at \(position)")
        }
        let printable = Array(0x20...0x7f).map(UInt8.init)
        #expect(printable.withUnsafeBufferPointer(LDIFText.isPrintableASCII))
        #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + printable + [0x0a]) == nil)
    }

    @Test func rejectsOverlongsAndSurrogates() {
        let invalid: [[UInt8]] = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0xe2, 0x82]]
        for bytes in invalid {
            #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + bytes + [0x0a]) == LDIFError(line: 2, .invalidUTF8(attribute: "cn")))
        }
        #expect(LDIF.error(Array("dn: CN=A\ncn: ".utf8) + Array("€😀ü".utf8)) == nil)
    }

    @Test func overlongLineWithoutANewlineIsNotBuffered() {
        let options = LDIFParser.Options(maximumLineLength: 1000)
        var parser = LDIFParser(options: options)
        parser.feed(Array("dn: CN=A\ncn: ".utf8))
        #expect(throws: Never.self) { try parser.next() }
        var error: LDIFError?
        for _ in 0..<100 {
            parser.feed([UInt8](repeating: 0x41, count: 100))
            do { _ = try parser.next() } catch let thrown { error = thrown; break }
        }
        #expect(error == LDIFError(line: 2, .lineTooLong(limit: 1000)))
        #expect(LDIF.error("dn: CN=A\ncn: " + String(repeating: "x", count: 2 << 20)) == LDIFError(line: 2, .lineTooLong(limit: 1 << 20)))
    }

    @Test func overlongFoldedValue() {
        let options = LDIFParser.Options(maximumLineLength: 100, maximumValueLength: 1000)
        let folded = "dn: CN=A\ncn: A\njpegPhoto:: " + String(repeating: "AAAA\n ", count: 300) + "AAAA\n"
        #expect(LDIF.error(folded, options: options) == LDIFError(line: 3, .valueTooLong(attribute: "jpegPhoto", limit: 1000)))
    }

    @Test func aRecordOfManyEmptyValuesIsBoundedToo() {
        let options = LDIFParser.Options(maximumRecordSize: 1000)
        let text = "dn: CN=A\n" + String(repeating: "mail:\n", count: 100)
        #expect(LDIF.error(text, options: options) == LDIFError(line: 1, .recordTooLarge(limit: 1000)))
    }

    @Test func oversizedRecord() {
        let options = LDIFParser.Options(maximumRecordSize: 100)
        let text = "dn: CN=A\n" + String(repeating: "member: CN=Someone,OU=Staff,DC=contoso,DC=com\n", count: 5)
        #expect(LDIF.error(text, options: options) == LDIFError(line: 1, .recordTooLarge(limit: 100)))
    }

    @Test func recordWithoutADN() {
        let error = LDIF.error("dn: CN=A\ncn: A\n\ncn: B\nmail: b@x\n")
        #expect(error == LDIFError(line: 4, .missingDN(firstLine: "cn: B")))
        #expect(error?.description == "4: record starts with \"cn: B\" instead of a dn: line")
    }

    @Test func twoRecordsWithoutABlankLine() {
        #expect(LDIF.error("dn: CN=A\ncn: A\ndn: CN=B\n") == LDIFError(line: 3, .secondDN))
    }

    @Test func errorsAreStickyAndNeverLoop() {
        var parser = LDIFParser()
        parser.feed(Array("dn: CN=A\nbad line\n".utf8))
        parser.finish()
        for _ in 0..<3 {
            #expect(throws: LDIFError(line: 2, .missingColon(excerpt: "bad line"))) { try parser.next() }
        }
    }

    @Test func messagesQuoteLongLinesShort() {
        let long = String(repeating: "x", count: 500)
        let error = LDIF.error("dn: CN=A\n\(long)\n")
        #expect(error?.description.count ?? 1000 < 200)
    }
}
