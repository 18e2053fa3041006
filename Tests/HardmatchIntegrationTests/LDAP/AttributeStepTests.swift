import CLDAP
@testable import HardmatchLDAP
import Testing

/// Only libldap's documented end of the attribute list ends an entry; anything else fails it.
@Suite struct AttributeStepTests {
    @Test func successWithANullNameIsTheEnd() {
        #expect(AttributeStep.classify(status: LDAP_SUCCESS, nameIsNull: true) == .end)
    }

    @Test func successWithANameIsAnAttribute() {
        #expect(AttributeStep.classify(status: LDAP_SUCCESS, nameIsNull: false) == .attribute)
    }

    @Test(arguments: [LDAP_DECODING_ERROR, LDAP_NO_MEMORY, LDAP_PARAM_ERROR])
    func anyOtherStatusFailsTheEntry(status: Int32) {
        #expect(AttributeStep.classify(status: status, nameIsNull: true) == .failed(code: status))
        #expect(AttributeStep.classify(status: status, nameIsNull: false) == .failed(code: status))
    }

    @Test func theMessageNamesTheEntryAndSaysNothingPartialWasUsed() {
        let error = LDAPError.undecodableEntry(operation: "paged search of \"DC=x\"", dn: "CN=a,DC=x", detail: "an attribute cannot be decoded (decoding error)")
        #expect(error.description.contains("CN=a,DC=x"))
        #expect(error.description.contains("partial"))
    }
}

/// A server's range bounds never trap the arithmetic that follows them.
@Suite struct RangedAttributeBoundsTests {
    @Test func theLargestHighHasNoNextValue() {
        let (_, range) = RangedAttribute.parse("proxyAddresses;range=0-9223372036854775807")
        #expect(range?.high == Int.max)
        #expect(RangedAttribute.nextLow(after: Int.max) == nil)
        #expect(RangedAttribute.nextLow(after: 1499) == 1500)
    }

    @Test func aStepPastTheEndAsksForTheRest() {
        #expect(RangedAttribute.request("proxyAddresses", from: Int.max - 1, step: 1000) == "proxyAddresses;range=\(Int.max - 1)-*")
        #expect(RangedAttribute.request("proxyAddresses", from: 1500, step: 1000) == "proxyAddresses;range=1500-2499")
    }
}
