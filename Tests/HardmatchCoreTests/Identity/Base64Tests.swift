import Foundation
import Testing
@testable import HardmatchCore

@Suite struct Base64Tests {
    /// The word-at-a-time encoder of `ImmutableID` against Foundation's base64 of the raw bytes.
    @Test func immutableIdsEncodeLikeFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let raw = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let guid = try ObjectGUID(rawBytes: raw)
            #expect(guid.immutableID.string == Data(raw).base64EncodedString(), "\(raw)")
        }
        for byte: UInt8 in [0x00, 0xff] {
            let raw = [UInt8](repeating: byte, count: 16)
            #expect(try ObjectGUID(rawBytes: raw).immutableID.string == Data(raw).base64EncodedString())
        }
    }

    @Test func decodingAppendsAfterWhatIsThereAndTouchesNothingOnFailure() {
        var output: [UInt8] = [1, 2, 3]
        let decoded = Array("4WXSe+OMM0WUYfwqv5kYoA==".utf8).withUnsafeBufferPointer { Base64.decode($0, appendingTo: &output) }
        #expect(decoded == 16)
        #expect(output == [1, 2, 3] + [0xe1, 0x65, 0xd2, 0x7b, 0xe3, 0x8c, 0x33, 0x45, 0x94, 0x61, 0xfc, 0x2a, 0xbf, 0x99, 0x18, 0xa0])
        for bad in ["4WXSe+OMM0WUYfwqv5kYo", "4WXS*+OM", "=AAA", "A==="] {
            var untouched: [UInt8] = [9]
            #expect(Array(bad.utf8).withUnsafeBufferPointer { Base64.decode($0, appendingTo: &untouched) } == nil, "\(bad)")
            #expect(untouched == [9])
        }
        var empty: [UInt8] = [7]
        #expect([UInt8]().withUnsafeBufferPointer { Base64.decode($0, appendingTo: &empty) } == 0)
        #expect(empty == [7])
    }
}
