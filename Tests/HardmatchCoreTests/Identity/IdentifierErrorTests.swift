import Testing
@testable import HardmatchCore

/// Bad input is a clear error naming the value, never a crash or a guess (SPEC §2).
@Suite struct IdentifierErrorTests {
    @Test func emptyValue() {
        #expect(throws: IdentifierError.empty) { try ObjectGUID.parse("") }
    }

    @Test func whitespaceIsNotTrimmedSilently() {
        #expect(throws: IdentifierError.containsWhitespace(" 4WXSe+OMM0WUYfwqv5kYoA==")) {
            try ObjectGUID.parse(" 4WXSe+OMM0WUYfwqv5kYoA==")
        }
        #expect(throws: IdentifierError.containsWhitespace("   ")) { try ObjectGUID.parse("   ") }
    }

    @Test(arguments: [15, 17, 12, 18])
    func base64OfTheWrongNumberOfBytes(count: Int) {
        let text = Base64.encode([UInt8](repeating: 0xab, count: count))
        #expect(throws: IdentifierError.wrongByteCount(text, form: "base64", bytes: count)) {
            try ObjectGUID.parse(text)
        }
    }

    @Test func base64ThatIsNotBase64() {
        #expect(throws: IdentifierError.invalidBase64("4WXSe+OMM0WUYfwqv5kYo!==")) {
            try ObjectGUID.parse("4WXSe+OMM0WUYfwqv5kYo!==")
        }
        #expect(throws: IdentifierError.invalidBase64("4WXSe+OMM0WUYfwqv5k=oA==")) {
            try ImmutableID(string: "4WXSe+OMM0WUYfwqv5k=oA==")
        }
    }

    @Test func nonCanonicalBase64WouldNeverMatchInEntra() {
        #expect(throws: IdentifierError.nonCanonicalBase64("4WXSe+OMM0WUYfwqv5kYoB==", canonical: "4WXSe+OMM0WUYfwqv5kYoA==")) {
            try ObjectGUID.parse("4WXSe+OMM0WUYfwqv5kYoB==")
        }
    }

    @Test func missingPadding() {
        #expect(throws: IdentifierError.wrongLength("4WXSe+OMM0WUYfwqv5kYoA", form: "an ImmutableId", expected: 24, actual: 22)) {
            try ObjectGUID.parse("4WXSe+OMM0WUYfwqv5kYoA")
        }
    }

    @Test func nonHexDigitInAGUID() {
        #expect(throws: IdentifierError.nonHexCharacter("7bd265e1-8ce3-4533-9461-fc2abf9918ag", character: "g", position: 36)) {
            try ObjectGUID.parse("7bd265e1-8ce3-4533-9461-fc2abf9918ag")
        }
        #expect(throws: IdentifierError.nonHexCharacter("7bd265e1-8ce3-4533-9461-fc2abf9918aé", character: "é", position: 36)) {
            try ObjectGUID.parse("7bd265e1-8ce3-4533-9461-fc2abf9918aé")
        }
    }

    @Test func misplacedDashes() {
        #expect(throws: IdentifierError.misplacedSeparator("7bd265e18-ce3-4533-9461-fc2abf9918a0", form: "a GUID")) {
            try ObjectGUID.parse("7bd265e18-ce3-4533-9461-fc2abf9918a0")
        }
        #expect(throws: IdentifierError.misplacedSeparator("{7bd265e1-8ce3-4533-9461-fc2abf9918a0", form: "a GUID in braces")) {
            try ObjectGUID.parse("{7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        }
    }

    @Test func wrongLengths() {
        #expect(throws: IdentifierError.wrongLength("7bd265e1-8ce3-4533-9461-fc2abf9918", form: "a GUID", expected: 36, actual: 34)) {
            try ObjectGUID.parse("7bd265e1-8ce3-4533-9461-fc2abf9918")
        }
        #expect(throws: IdentifierError.wrongByteCount("e1 65 d2", form: "hex", bytes: 3)) {
            try ObjectGUID.parse("e1 65 d2")
        }
        #expect(throws: IdentifierError.wrongLength(#"\e1\65"#, form: "an LDAP escape", expected: 48, actual: 6)) {
            try ObjectGUID.parse(#"\e1\65"#)
        }
        #expect(throws: IdentifierError.wrongByteCount("0xe165", form: "hex", bytes: 2)) {
            try ObjectGUID.parse("0xe165")
        }
        #expect(throws: IdentifierError.wrongByteCount([UInt8](repeating: 1, count: 17).map { _ in "01" }.joined(separator: " "), form: "hex", bytes: 17)) {
            try ObjectGUID(rawBytes: [UInt8](repeating: 1, count: 17))
        }
    }

    @Test func veryLongInputIsShortenedInTheMessage() throws {
        let long = String(repeating: "A", count: 1_000_000)
        do {
            _ = try ObjectGUID.parse(long)
            Issue.record("a million characters parsed")
        } catch {
            let message = error.description
            #expect(message.count < 200)
            #expect(message.contains("1000000 characters"))
        }
    }

    @Test func arbitraryStringsNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdefABCDEF-{}\\ +/=xX:é\u{0}\n\t".unicodeScalars)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...60, using: &generator)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(alphabet.randomElement(using: &generator)!) }
            let value = String(text)
            if let parsed = try? ObjectGUID.parse(value) {
                // Whatever parses must print back to forms that parse to the same bytes.
                #expect(try ObjectGUID.parse(parsed.guid.string).guid == parsed.guid)
                #expect(try ObjectGUID.parse(parsed.guid.immutableID.string).guid == parsed.guid)
            }
        }
    }
}
