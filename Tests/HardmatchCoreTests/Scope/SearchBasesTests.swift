import Testing
@testable import HardmatchCore

/// Repeated `--base`: each subtree searched once, a base inside another not at all.
@Suite struct SearchBasesTests {
    static let hardmatch = "OU=Hardmatch,DC=hardmatch,DC=test"
    static let checks = "OU=Checks,OU=Hardmatch,DC=hardmatch,DC=test"

    @Test func aBaseInsideAnotherIsDroppedWhicheverComesFirst() {
        #expect(SearchBases.outermost([Self.hardmatch, Self.checks]) == [Self.hardmatch])
        #expect(SearchBases.outermost([Self.checks, Self.hardmatch]) == [Self.hardmatch])
    }

    @Test func siblingsAreAllKeptInTheirOrder() {
        let bases = ["OU=Sales,DC=contoso,DC=com", "OU=Staff,DC=contoso,DC=com", "OU=Sales,DC=fabrikam,DC=com"]
        #expect(SearchBases.outermost(bases) == bases)
    }

    @Test func spellingsOfOneDNAreOneBase() {
        #expect(SearchBases.outermost([Self.hardmatch, "ou = hardmatch, dc=HARDMATCH ,DC=test"]) == [Self.hardmatch])
        #expect(SearchBases.outermost(["ou=checks, OU=Hardmatch,dc=hardmatch,dc=test", Self.hardmatch]) == [Self.hardmatch])
    }

    @Test func anEscapedCommaIsPartOfItsRDN() {
        // "OU=Smith\, John" is one RDN, not a base inside "OU=John...".
        let bases = ["OU=Smith\\, John,DC=x", "OU=John,DC=x"]
        #expect(SearchBases.outermost(bases) == bases)
        #expect(SearchBases.rdns("OU=Smith\\, John,DC=x") == ["ou=smith\\, john", "dc=x"])
    }

    @Test func aNameThatOnlyEndsLikeAnotherIsNotInside() {
        let bases = ["OU=Hardmatch,DC=test", "OU=NotHardmatch,DC=test"]
        #expect(SearchBases.outermost(bases) == bases)
    }
}
