import Testing
@testable import HardmatchLDIF

/// Random and damaged inputs: errors are fine, crashes and endless loops are not.
@Suite struct LDIFFuzzTests {
    /// A small deterministic generator, so a failure can be reproduced from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [UInt8] = Array("dn: \n\r :<#;=-*abcAZ09+/=".utf8) + [0x00, 0xc3, 0xab, 0xef, 0xbb, 0xbf, 0xff]

    /// Parses in random chunks and checks progress: every call consumes input or ends.
    static func survive(_ bytes: [UInt8], using random: inout SplitMix) {
        var parser = LDIFParser(options: LDIFParser.Options(maximumLineLength: 4096, maximumValueLength: 8192))
        var start = 0
        var calls = 0
        do {
            while start < bytes.count {
                let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
                parser.feed(bytes[start..<end])
                while try parser.next() != nil {
                    calls += 1
                    guard calls <= bytes.count + 2 else { Issue.record("more records than bytes: looping"); return }
                }
                start = end
            }
            parser.finish()
            while try parser.next() != nil {
                calls += 1
                guard calls <= bytes.count + 2 else { Issue.record("more records than bytes: looping"); return }
            }
        } catch {
            #expect(error.line >= 1)
            #expect(!error.description.isEmpty)
        }
    }

    @Test func mutatedSamplesNeverCrashOrLoop() throws {
        let samples = [try LDIF.fixture("ldapsearch-LLL.ldif"), try LDIF.fixture("ldifde.ldf"), LDIFChunkingTests.tricky]
        var random = SplitMix(state: 2849)
        for round in 0..<3000 {
            var bytes = samples[round % samples.count]
            switch round % 4 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= 1 << UInt8.random(in: 0...7, using: &random)
                }
            case 1:
                bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random))
            case 2:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes.insert(Self.alphabet.randomElement(using: &random)!, at: Int.random(in: 0...bytes.count, using: &random))
                }
            default:
                let from = Int.random(in: 0..<bytes.count, using: &random)
                bytes.removeSubrange(from..<min(bytes.count, from + Int.random(in: 1...40, using: &random)))
            }
            Self.survive(bytes, using: &random)
        }
    }

    @Test func randomBytesNeverCrashOrLoop() {
        var random = SplitMix(state: 1)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...300, using: &random)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random) ? Self.alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            Self.survive(bytes, using: &random)
        }
    }
}
