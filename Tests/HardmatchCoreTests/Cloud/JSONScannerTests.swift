import Foundation
import HardmatchCore
import Testing

/// The byte-level JSON reader: strings, escapes, numbers, literals, nesting, strictness.
@Suite struct JSONScannerTests {
    /// Reads `text` as one JSON string literal.
    private func string(_ text: String) throws -> String {
        var scanner = JSONScanner(bytes: Array(text.utf8))
        let value = try scanner.readString()
        try scanner.finish()
        return value
    }

    private func skip(_ text: String) throws {
        var scanner = JSONScanner(bytes: Array(text.utf8))
        try scanner.skipValue()
        try scanner.finish()
    }

    @Test func escapesDecodeLikeFoundation() throws {
        let literal = #""a\"b\\c\/d\b\f\n\r\t é \u00e9 \u4e2d \ud83d\ude00 end""#
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String)
        #expect(try string(literal) == expected)
        #expect(try string(literal) == "a\"b\\c/d\u{8}\u{c}\n\r\t é é 中 😀 end")
    }

    @Test(arguments: [#""\ud83d""#, #""\ude00""#, #""\ud83d\u0041""#, #""\ud83dx""#])
    func loneSurrogatesAreRefused(literal: String) {
        #expect(throws: JSONError.self) { try string(literal) }
    }

    @Test(arguments: [#""\x""#, #""\u12""#, #""\u12G4""#, "\"a\u{1}b\"", "\"open", #""ab\"#])
    func malformedStringsAreRefused(literal: String) {
        #expect(throws: JSONError.self) { try string(literal) }
    }

    @Test func invalidUTF8IsRefused() {
        var scanner = JSONScanner(bytes: [0x22, 0x61, 0xc3, 0x28, 0x22])
        #expect(throws: JSONError.self) { try scanner.readString() }
        var escaped = JSONScanner(bytes: [0x22, 0x5c, 0x6e, 0xff, 0x22])
        #expect(throws: JSONError.self) { try escaped.readString() }
    }

    @Test(arguments: ["0", "-0", "12", "-3.25", "1e9", "1E+2", "2.5e-3", "[1,2,{\"a\":[true,false,null]}]", "{}", "[]", " { \"k\" : \"v\" } "])
    func validValuesAreSkipped(text: String) throws {
        try skip(text)
    }

    @Test(arguments: ["01", "1.", ".5", "-", "1e", "+1", "tru", "nul", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "[1 2]", "NaN", "'x'", "[", "{\"a\":"])
    func invalidValuesAreRefused(text: String) {
        #expect(throws: JSONError.self) { try skip(text) }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: JSONError.self) { try skip(deep) }
        #expect(error?.kind == .tooDeep(limit: JSONScanner.maximumDepth))
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try skip(fine) }
    }

    @Test func keysAreLowerCasedBytes() throws {
        var scanner = JSONScanner(bytes: Array(#"{"UserPrincipalName":1,"a\u0042":2}"#.utf8))
        var key: [UInt8] = []
        try scanner.beginObject()
        #expect(try scanner.nextKey(into: &key))
        #expect(String(decoding: key, as: UTF8.self) == "userprincipalname")
        try scanner.skipValue()
        #expect(try scanner.nextKey(into: &key))
        #expect(String(decoding: key, as: UTF8.self) == "ab")
        try scanner.skipValue()
        #expect(try !scanner.nextKey(into: &key))
        try scanner.finish()
    }
}
