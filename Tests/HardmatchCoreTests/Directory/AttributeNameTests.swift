import Testing
@testable import HardmatchCore

@Suite struct AttributeNameTests {
    @Test func namesMatchIgnoringASCIICaseOnly() {
        #expect(AttributeName("objectGUID") == AttributeName("OBJECTguid"))
        #expect(AttributeName("objectGUID").lowercased == "objectguid")
        #expect(AttributeName("mail") != AttributeName("mails"))
        // Only A–Z fold: other bytes, non-ASCII included, are compared as they are.
        #expect(AttributeName("a@") != AttributeName("a`"))
        #expect(AttributeName("Ä") != AttributeName("ä"))
        #expect(Set([AttributeName("Mail"), AttributeName("mail")]).count == 1)
    }

    /// A name 256 bytes longer than a short one must not share its fingerprint: short
    /// names are compared by fingerprint alone.
    @Test func aLongNameNeverTakesAShortNamesFingerprint() {
        let short = AttributeName("company")
        let long = AttributeName("company" + String(repeating: "x", count: 256))
        #expect(short.fingerprint != long.fingerprint)
        #expect(short != long)
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append(Array("short".utf8), to: short)
        entry.append(Array("long".utf8), to: long)
        #expect(entry.strings(short) == ["short"])
        #expect(entry.strings(long) == ["long"])
    }

    /// The word-at-a-time fingerprint of long names must equal the byte-at-a-time one, for
    /// every byte value in every position, or a long name would not be found.
    @Test func wordFoldingEqualsByteFolding() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let count = [Int.random(in: 1...24, using: &generator), Int.random(in: 250...270, using: &generator)].randomElement(using: &generator)!
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var expected = UInt64(min(count, 255)) << 56
            for index in 0..<min(count, 7) {
                let byte = bytes[index]
                let folded = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
                expected |= UInt64(folded) << (8 * UInt64(index))
            }
            #expect(bytes.withUnsafeBufferPointer(AttributeName.fingerprint(of:)) == expected, "\(bytes)")
        }
        for byte in UInt8.min...UInt8.max {
            let word = UInt64(byte) * 0x0101_0101_0101_0101
            let folded = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
            #expect(AttributeName.foldWord(word) == UInt64(folded) * 0x0101_0101_0101_0101, "byte \(byte)")
        }
    }
}
