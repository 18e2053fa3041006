import Foundation
import HardmatchCore
import Testing

/// Random and mutated bytes never crash the export reader (SPEC §9): each read either
/// gives users or throws, and agrees with Foundation on whether the text is JSON.
@Suite struct CloudExportFuzzTests {
    static let seed = Array("""
    {"value":[{"id":"a1","userPrincipalName":"ann@contoso.com","proxyAddresses":["SMTP:ann@contoso.com"],\
    "onPremisesImmutableId":"4WXSe+OMM0WUYfwqv5kYoA==","onPremisesSyncEnabled":null,"userType":"Member",\
    "displayName":"Ann \\u00e9 \\ud83d\\ude00","accountEnabled":true,"extra":[1.5e3,{"x":null}]}],"@odata.nextLink":"n"}
    """.utf8)

    @Test func mutatedExportsNeverCrashAndMatchFoundationOnValidity() {
        var generator = SeededGenerator(seed: 7)
        let interesting: [UInt8] = Array("{}[]\",:\\u0123456789-+.eEtrufalsn \n".utf8) + [0x00, 0x80, 0xc3, 0xff, 0xed, 0xa0]
        var accepted = 0
        for _ in 0..<3000 {
            var bytes = Self.seed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = interesting.randomElement(using: &generator) ?? 0
                case 1: bytes.remove(at: position)
                default: bytes.insert(interesting.randomElement(using: &generator) ?? 0, at: position)
                }
            }
            let ours: Bool
            do {
                _ = try CloudExportReader.read(bytes)
                ours = true
                accepted += 1
            } catch .notJSON {
                ours = false
                // Foundation must agree that this is not JSON.
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) == nil || Self.foundationIsLenient(bytes))
            } catch {
                ours = false
            }
            if ours {
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "accepted what Foundation refuses: \(bytes)")
            }
        }
        #expect(accepted > 100)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 99)
        for length in 0..<2000 {
            let bytes = (0..<(length % 300)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? CloudExportReader.read(bytes)
            _ = try? CloudExportReader.read([0xff, 0xfe] + bytes)
        }
    }

    /// Foundation accepts a few things RFC 8259 does not: a `\u` escape of a lone surrogate,
    /// a raw control byte inside a string, and bytes that are not UTF-8. Only a text with one
    /// of those may be refused by us and accepted by Foundation (the seed's own escapes are
    /// well-formed pairs, so they do not count).
    static func foundationIsLenient(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(where: { $0 < 0x20 && $0 != 0x0a && $0 != 0x0d && $0 != 0x09 }) { return true }
        if String(validating: bytes, as: UTF8.self) == nil { return true }
        return hasLoneSurrogateEscape(bytes)
    }

    /// A `\uD800`–`\uDFFF` escape that is not a high surrogate followed by a low one.
    static func hasLoneSurrogateEscape(_ bytes: [UInt8]) -> Bool {
        func unit(at index: Int) -> UInt16? {
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            return UInt16(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16)
        }
        var index = 0
        while index < bytes.count {
            guard let value = unit(at: index) else {
                index += 1
                continue
            }
            if (0xd800...0xdbff).contains(value) {
                guard let low = unit(at: index + 6), (0xdc00...0xdfff).contains(low) else { return true }
                index += 12
            } else if (0xdc00...0xdfff).contains(value) {
                return true
            } else {
                index += 6
            }
        }
        return false
    }

    @Test func theLeniencyExceptionIsNarrow() {
        #expect(!Self.foundationIsLenient(Self.seed))
        #expect(Self.foundationIsLenient(Array("[\"\\ud83d\"]".utf8)))
        #expect(Self.foundationIsLenient([0x5b, 0x22, 0x01, 0x22, 0x5d]))
    }
}
