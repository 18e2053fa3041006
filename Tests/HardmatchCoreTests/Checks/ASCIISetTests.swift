import Testing
@testable import HardmatchCore

/// Each mask `ASCIISet` spells out stands for the characters its rule names.
@Suite struct ASCIISetTests {
    static let whitespace = String(String.UnicodeScalarView((0...0x20).compactMap(Unicode.Scalar.init(_:)) + ["\u{7f}"]))

    @Test func masksEqualTheCharactersTheyStandFor() {
        #expect(ASCIISet.spaceOrControl == ASCIISet(Self.whitespace))
        #expect(ASCIISet.localPart == ASCIISet.alphanumerics(and: ".").union(ASCIISet(EmailAddress.atextSymbols)))
        #expect(ASCIISet.hostName == ASCIISet.alphanumerics(and: "-"))
        #expect(ASCIISet.upnRemovable == ASCIISet.spaceOrControl.union(ASCIISet(UserPrincipalNameRule.forbiddenCharacters)))
        #expect(ASCIISet.smtpRefused == ASCIISet.spaceOrControl.union(ASCIISet(ProxyAddressRule.smtpForbidden)))
        #expect(ASCIISet.otherTypeRefused == ASCIISet.spaceOrControl.union(ASCIISet(ProxyAddressRule.otherForbidden)))
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init(_:)) + ["\u{7f}"]))
        #expect(ASCIISet.distinguishedNameRefused == ASCIISet(controls).union(ASCIISet(ProxyAddressRule.distinguishedNameForbidden)))
    }

    @Test func membership() {
        let set = ASCIISet("a?~")
        #expect(set.contains(UInt8(ascii: "a")) && set.contains(UInt8(ascii: "?")) && set.contains(UInt8(ascii: "~")))
        #expect(!set.contains(UInt8(ascii: "A")) && !set.contains(0) && !set.contains(0xC3))
    }
}
