import Testing
@testable import HardmatchCore

/// `ValueTable` on its own: what it takes for one value and what it keeps apart, through
/// hash collisions and growth.
@Suite struct ValueTableTests {
    /// Inserts `value` in `namespace` and returns whether it was new; the attribute numbers
    /// the insert, so a test can tell which insert a record came from.
    @discardableResult
    func insert(_ table: inout ValueTable, _ value: String, _ matching: ValueTable.Matching = .folded, namespace: UInt32 = 1, attribute: UInt8 = 0) -> Bool? {
        table.insert(value[...], matching, namespace: namespace, details: .init(attribute: attribute))?.inserted
    }

    func stored(_ table: ValueTable, _ value: String, _ matching: ValueTable.Matching = .folded, namespace: UInt32 = 1) -> String? {
        table.find(value[...], matching, namespace: namespace).map(table.storedValue)
    }

    // MARK: - Collisions

    @Test func valuesWhoseHashesAllCollideStayApart() {
        var table = ValueTable()
        table.hashMask = 0
        let values = (0..<300).map { "user\($0)@contoso.com" } + ["user1@contoso.co", "ser1@contoso.com", "user1@contoso.comx"]
        for value in values { #expect(insert(&table, value) == true, "\(value)") }
        #expect(table.count == values.count)
        for value in values {
            #expect(stored(table, value) == value)
            #expect(stored(table, value.uppercased()) == value)
            #expect(insert(&table, value.uppercased()) == false)
        }
        #expect(stored(table, "user300@contoso.com") == nil)
        #expect(table.count == values.count)
    }

    @Test func growthKeepsEveryValueAndItsDetails() {
        var table = ValueTable()
        for index in 0..<50_000 { insert(&table, "v\(index)@Contoso.com", attribute: UInt8(index % 5)) }
        #expect(table.count == 50_000)
        for index in stride(from: 0, to: 50_000, by: 7) {
            let record = table.find("V\(index)@CONTOSO.COM"[...], .folded, namespace: 1)
            #expect(record?.attribute == UInt8(index % 5))
            #expect(record.map(table.storedValue) == "v\(index)@Contoso.com")
        }
        #expect(table.find("v50000@contoso.com"[...], .folded, namespace: 1) == nil)
    }

    @Test func growthBeyondTheTagsRehashesFromTheRecords() {
        var table = ValueTable()
        table.tagPlacedBits = 11
        for index in 0..<20_000 { #expect(insert(&table, " Name\(index)@contoso.com", namespace: UInt32(index % 3)) == true) }
        for index in 0..<20_000 {
            #expect(stored(table, "NAME\(index)@CONTOSO.COM", namespace: UInt32(index % 3)) == " Name\(index)@contoso.com")
            #expect(stored(table, "name\(index)@contoso.com", namespace: UInt32((index + 1) % 3)) == nil)
        }
    }

    @Test func growthWithCollidingHashes() {
        var table = ValueTable()
        table.hashMask = 0xFFFF_0000_0000_0000
        for index in 0..<5_000 { #expect(insert(&table, "x500:/o=org/cn=\(index)") == true) }
        for index in 0..<5_000 { #expect(insert(&table, "X500:/O=ORG/CN=\(index)") == false) }
        #expect(table.count == 5_000)
    }

    // MARK: - What is one value

    @Test func valuesEqualExceptCaseAreOneAndTheFirstIsKeptAsStored() {
        var table = ValueTable()
        #expect(insert(&table, "Alice@Contoso.com", attribute: 1) == true)
        #expect(insert(&table, "aLICE@cONTOSO.COM", attribute: 2) == false)
        #expect(table.find("ALICE@CONTOSO.COM"[...], .folded, namespace: 1)?.attribute == 1)
        #expect(stored(table, "alice@contoso.com") == "Alice@Contoso.com")
        // Only letters fold: `@` (0x40) and a backtick (0x60) differ by the same bit as A and a.
        #expect(insert(&table, "alice`contoso.com") == true)
    }

    @Test func surroundingWhitespaceIsNotPartOfTheValue() {
        var table = ValueTable()
        #expect(insert(&table, " alice@contoso.com\t") == true)
        #expect(insert(&table, "alice@contoso.com") == false)
        #expect(stored(table, "ALICE@contoso.com") == " alice@contoso.com\t")
        #expect(insert(&table, "al ice@contoso.com") == true)
        #expect(insert(&table, " \t ") == nil)
        #expect(table.find("   "[...], .folded, namespace: 1) == nil)
    }

    @Test func nonASCIIValuesFoldByUnicodeRules() {
        var table = ValueTable()
        #expect(insert(&table, "ÉLODIE@contoso.com") == true)
        #expect(insert(&table, "élodie@CONTOSO.com") == false)
        #expect(stored(table, "Élodie@contoso.com") == "ÉLODIE@contoso.com")
        // Canonically equivalent: a precomposed é and e with a combining acute accent.
        #expect(insert(&table, "e\u{301}lodie@contoso.com") == false)
        // Lower-casing does not make ß and SS one value.
        #expect(insert(&table, "STRASSE@contoso.com") == true)
        #expect(insert(&table, "straße@contoso.com") == true)
        // No-break spaces around a value are whitespace too.
        #expect(insert(&table, "\u{a0}strasse@contoso.com") == false)
    }

    @Test func charactersEquivalentToASCIIMeetTheirASCIITwins() {
        var table = ValueTable()
        #expect(insert(&table, "kim@contoso.com") == true)
        #expect(insert(&table, "\u{212A}IM@contoso.com") == false)
        #expect(insert(&table, "a;b@contoso.com") == true)
        #expect(insert(&table, "A\u{037E}B@contoso.com") == false)
        #expect(stored(table, "a\u{037E}b@contoso.com") == "a;b@contoso.com")
        #expect(insert(&table, "x\u{1FEF}y@contoso.com") == true)
        #expect(stored(table, "X`Y@contoso.com") == "x\u{1FEF}y@contoso.com")
    }

    @Test func namespacesAndExactMatchingKeepValuesApart() {
        var table = ValueTable()
        #expect(insert(&table, "shared@contoso.com", namespace: 1) == true)
        #expect(insert(&table, "shared@contoso.com", namespace: 2) == true)
        #expect(insert(&table, "CN=a,DC=contoso", .exact, namespace: 0) == true)
        #expect(insert(&table, "cn=a,dc=contoso", .exact, namespace: 0) == true)
        #expect(insert(&table, "CN=a,DC=contoso", .exact, namespace: 0) == false)
        #expect(insert(&table, " CN=a,DC=contoso", .exact, namespace: 0) == true)
        #expect(table.count == 5)
    }

    // MARK: - Records

    @Test func recordsKeepTheirHolderAndReportedMark() {
        var table = ValueTable()
        let holderOffset = table.insert("CN=a"[...], .exact, namespace: 0, details: .init())!.offset
        let holder = table.record(at: holderOffset)
        #expect(holder.holder == holder.offset)
        let valueOffset = table.insert("a@contoso.com"[...], .folded, namespace: 1, details: .init(attribute: 2, prefix: 300, holder: holder.offset))!.offset
        let value = table.record(at: valueOffset)
        #expect(value.holder == holder.offset)
        #expect(value.prefix == 300)
        #expect(!value.reported)
        table.markReported(value)
        #expect(table.find("A@contoso.com"[...], .folded, namespace: 1)?.reported == true)
        #expect(table.find("A@contoso.com"[...], .folded, namespace: 1)?.holder == holder.offset)
    }

    @Test func slotsAskedForInHugePagesAreZeroed() {
        let slots = HugePages.zeroedSlots(1 << 20)
        #expect(slots.count == 1 << 20)
        #expect(slots.allSatisfy { $0 == 0 })
    }

    @Test func aValueLongerThanAChunkIsKeptWhole() {
        var table = ValueTable()
        let long = String(repeating: "ab", count: ByteArena.chunkSize)
        insert(&table, "before")
        #expect(insert(&table, long) == true)
        insert(&table, "after")
        #expect(stored(table, long.uppercased()) == long)
        #expect(stored(table, "BEFORE") == "before")
        #expect(stored(table, "AFTER") == "after")
    }
}
