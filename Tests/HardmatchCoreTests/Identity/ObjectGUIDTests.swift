import Foundation
import Testing
@testable import HardmatchCore

/// The worked example of SPEC §2, every form both ways.
@Suite struct SpecExampleTests {
    static let raw: [UInt8] = [0xe1, 0x65, 0xd2, 0x7b, 0xe3, 0x8c, 0x33, 0x45, 0x94, 0x61, 0xfc, 0x2a, 0xbf, 0x99, 0x18, 0xa0]
    static let guidString = "7bd265e1-8ce3-4533-9461-fc2abf9918a0"
    static let immutableId = "4WXSe+OMM0WUYfwqv5kYoA=="
    static let ldapEscape = #"\e1\65\d2\7b\e3\8c\33\45\94\61\fc\2a\bf\99\18\a0"#

    @Test func rawBytesGiveEveryForm() throws {
        let guid = try ObjectGUID(rawBytes: Self.raw)
        #expect(guid.string == Self.guidString)
        #expect(guid.immutableID.string == Self.immutableId)
        #expect(guid.ldapFilterEscape == Self.ldapEscape)
        #expect(guid.hex == "e1 65 d2 7b e3 8c 33 45 94 61 fc 2a bf 99 18 a0")
        #expect(guid.rawBytes == Self.raw)
    }

    @Test(arguments: [
        (guidString, IdentifierForm.guid),
        ("{7BD265E1-8CE3-4533-9461-FC2ABF9918A0}", .guid),
        ("7BD265E18CE345339461FC2ABF9918A0", .guid),
        ("7bd265e18ce345339461fc2abf9918a0", .guid),
        (immutableId, .immutableId),
        (ldapEscape, .ldapEscape),
        (#"\E1\65\D2\7B\E3\8C\33\45\94\61\FC\2A\BF\99\18\A0"#, .ldapEscape),
        ("e1 65 d2 7b e3 8c 33 45 94 61 fc 2a bf 99 18 a0", .hex),
        ("E1-65-D2-7B-E3-8C-33-45-94-61-FC-2A-BF-99-18-A0", .hex),
        ("e1:65:d2:7b:e3:8c:33:45:94:61:fc:2a:bf:99:18:a0", .hex),
        ("0xe165d27be38c33459461fc2abf9918a0", .hex),
    ])
    func everyFormReadsBackToTheSameBytes(input: String, form: IdentifierForm) throws {
        let parsed = try ObjectGUID.parse(input)
        #expect(parsed.form == form)
        #expect(parsed.guid.rawBytes == Self.raw)
    }

    /// Found by the convert benchmark: base64 may begin with "0X", which is not a hex prefix.
    @Test(arguments: ["0Xt+t+lsgFYkd3H2VSHwyg==", "0XaKseGNsinNvRoXIGn0qw==", "0xabcdef0123456789abcQ=="])
    func immutableIdsThatStartLikeAHexPrefix(value: String) throws {
        let parsed = try ObjectGUID.parse(value)
        #expect(parsed.form == .immutableId)
        #expect(Data(parsed.guid.rawBytes).base64EncodedString() == value)
    }

    @Test func immutableIDRoundTrips() throws {
        let id = try ImmutableID(string: Self.immutableId)
        #expect(id.guid.string == Self.guidString)
        #expect(id.string == Self.immutableId)
    }
}

/// Thousands of random GUIDs against oracles this project did not write: Foundation's
/// base64 and UUID formatting, with the byte order written out by hand.
@Suite struct RandomRoundTripTests {
    @Test func randomGUIDsAgreeWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let raw = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let b = raw
            // Display order: Data1, Data2, Data3 reversed from the little-endian raw layout.
            let uuid = UUID(uuid: (b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
            let oracleString = uuid.uuidString.lowercased()
            let oracleBase64 = Data(raw).base64EncodedString()

            let guid = try ObjectGUID(rawBytes: raw)
            #expect(guid.string == oracleString)
            #expect(guid.immutableID.string == oracleBase64)
            #expect(try ObjectGUID(string: uuid.uuidString).rawBytes == raw)
            #expect(try ImmutableID(string: oracleBase64).guid.rawBytes == raw)
            #expect(try ObjectGUID.parse(guid.ldapFilterEscape).guid == guid)
            #expect(try ObjectGUID.parse(guid.hex).guid == guid)
            #expect(try ObjectGUID.parse("{\(uuid.uuidString)}").guid == guid)
        }
    }

    @Test func base64AgreesWithFoundationOnEveryLength() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<64 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let oracle = Data(bytes).base64EncodedString()
            #expect(Base64.encode(bytes) == oracle)
            #expect(Base64.decode(Array(oracle.utf8)) == bytes)
        }
    }
}
