import Testing
@testable import HardmatchCore

@Suite struct DirectoryEntryTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func keepsEachAttributesValuesInArrivalOrderWhenInterleaved() {
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append(bytes("top"), to: "objectClass")
        entry.append(bytes("SMTP:a@x"), to: "proxyAddresses")
        entry.append(bytes("user"), to: "OBJECTCLASS")
        entry.append(bytes("smtp:b@x"), to: "proxyaddresses")
        #expect(entry.strings("objectClass") == ["top", "user"])
        #expect(entry.strings("proxyAddresses") == ["SMTP:a@x", "smtp:b@x"])
        #expect(entry.string("ProxyAddresses") == "SMTP:a@x")
        #expect(entry.attributes == ["objectclass": [bytes("top"), bytes("user")], "proxyaddresses": [bytes("SMTP:a@x"), bytes("smtp:b@x")]])
    }

    @Test func tellsApartLongNamesThatShareTheirFingerprint() {
        // Same length and the same first seven bytes: only the full compare separates them.
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append(bytes("one"), to: "extensionAttribute1")
        entry.append(bytes("two"), to: "extensionAttribute2")
        #expect(entry.string("extensionattribute1") == "one")
        #expect(entry.string("EXTENSIONATTRIBUTE2") == "two")
        #expect(entry.string("extensionAttribute3") == nil)
    }

    @Test func namesFromBytesAndFromStringsAreTheSameAttribute() {
        var entry = DirectoryEntry(dn: "CN=A")
        let index = Array("userPrincipalName".utf8).withUnsafeBufferPointer { entry.index(folding: $0) }
        bytes("a@x").withUnsafeBufferPointer { entry.append($0, to: index) }
        #expect(entry.index(of: "USERPRINCIPALNAME") == index)
        #expect(entry.string(.userPrincipalName) == "a@x")
    }

    @Test func anAttributeWithoutValuesIsAbsent() {
        var entry = DirectoryEntry(dn: "CN=A")
        _ = entry.index(of: "mail")
        #expect(!entry.contains("mail"))
        #expect(entry.values("mail").isEmpty)
        #expect(entry.string("mail") == nil)
        #expect(entry.attributes.isEmpty)
        #expect(entry == DirectoryEntry(dn: "CN=A"))
    }

    @Test func aFailedWriteLeavesTheEntryAsItWas() {
        struct Refused: Error {}
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append(bytes("first"), to: "cn")
        let index = entry.index(of: "cn")
        #expect(throws: Refused.self) {
            try entry.appendValue(to: index) { (storage: inout [UInt8]) throws(Refused) in
                storage.append(contentsOf: [1, 2, 3])
                throw Refused()
            }
        }
        entry.append(bytes("second"), to: "cn")
        #expect(entry.strings("cn") == ["first", "second"])
    }

    @Test func resetEmptiesTheEntryWithoutTouchingCopies() {
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append(bytes("a@x"), to: "mail")
        let copy = entry
        entry.reset(dn: "CN=B")
        entry.append(bytes("b@x"), to: "userPrincipalName")
        #expect(entry.dn == "CN=B")
        #expect(entry.attributes == ["userprincipalname": [bytes("b@x")]])
        #expect(copy.dn == "CN=A")
        #expect(copy.attributes == ["mail": [bytes("a@x")]])
    }

    @Test func readsValuesInPlace() {
        var entry = DirectoryEntry(dn: "CN=A")
        entry.append([bytes("top"), bytes("Computer")], to: "objectClass")
        #expect(entry.containsValue("objectClass") { $0.elementsEqual("Computer".utf8) })
        #expect(!entry.containsValue("objectClass") { $0.isEmpty })
        #expect(entry.withFirstValue("objectClass") { $0.count } == 3)
        #expect(entry.withFirstValue("mail") { $0.count } == nil)
    }
}
