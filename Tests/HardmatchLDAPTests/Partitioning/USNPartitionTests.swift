import HardmatchLDAP
import Testing

/// The filter each part sends: the search's own filter, narrowed, and nothing else.
@Suite struct USNPartitionTests {
    let users = "(&(objectCategory=person)(objectClass=user))"

    @Test func aClosedRangeNarrowsTheFilterWithBothBounds() {
        let part = USNPartition(lowest: 100, highest: 199)
        #expect(part.filter(narrowing: users) == "(&\(users)(&(uSNCreated>=100)(uSNCreated<=199)))")
    }

    @Test func theFirstPartAlsoTakesEntriesWithoutAReadableNumber() {
        let part = USNPartition(lowest: nil, highest: 99, takesEntriesWithoutUSN: true)
        #expect(part.filter(narrowing: users) == "(&\(users)(|(!(uSNCreated=*))(uSNCreated<=99)))")
        #expect(part.contains(nil))
        #expect(part.contains(99))
        #expect(!part.contains(100))
    }

    @Test func theOpenPartHasOnlyALowerBound() {
        let part = USNPartition(lowest: 500, highest: nil)
        #expect(part.filter(narrowing: users) == "(&\(users)(uSNCreated>=500))")
        #expect(!part.contains(nil))
        #expect(part.contains(.max))
    }

    @Test func aFilterWithoutParenthesesIsWrapped() {
        let part = USNPartition(lowest: 1, highest: 2)
        #expect(part.filter(narrowing: "objectClass=user") == "(&(objectClass=user)(&(uSNCreated>=1)(uSNCreated<=2)))")
    }

    @Test func aPartWithoutBoundsThatTakesEverythingLeavesTheFilterAlone() {
        let part = USNPartition(lowest: nil, highest: nil, takesEntriesWithoutUSN: true)
        #expect(part.filter(narrowing: users) == users)
    }
}
