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

    /// Foundation accepts a few things RFC 8259 does not (lone surrogates in escapes, control bytes).
    static func foundationIsLenient(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\\u") || bytes.contains { $0 < 0x20 && $0 != 0x0a } || bytes.contains { $0 >= 0x80 }
    }
}
