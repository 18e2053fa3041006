@testable import HardmatchLDAP
import HardmatchTestSupport
import Testing

/// A wrong port and a host that does not resolve are told apart.
@Suite struct ReachabilityProbeTests {
    @Test func endpointsWithDefaultsPortsAndIPv6() {
        #expect(ReachabilityProbe.endpoint(of: "ldaps://dc1.example.com")! == ("dc1.example.com", 636))
        #expect(ReachabilityProbe.endpoint(of: "ldap://dc1:3268/")! == ("dc1", 3268))
        #expect(ReachabilityProbe.endpoint(of: "ldaps://[::1]:1636")! == ("::1", 1636))
        #expect(ReachabilityProbe.endpoint(of: "ldapi://%2Fvar%2Frun") == nil)
        #expect(ReachabilityProbe.endpoint(of: "ldap://dc1:99999") == nil)
    }

    @Test func aClosedPortIsRefused() {
        #expect(ReachabilityProbe.diagnose("ldaps://127.0.0.1:1", timeout: 5)?.contains("connection refused") == true)
    }

    @Test func anUnresolvableHostIsSaidSo() {
        #expect(ReachabilityProbe.diagnose("ldaps://nohost.invalid", timeout: 5) == "the host name nohost.invalid does not resolve")
    }

    @Test func anOpenPortIsNotTheProblem() {
        #expect(ReachabilityProbe.diagnose(TestDirectory.current.uri, timeout: 5) == nil)
    }
}

/// A diagnostic never ends in a placeholder for a code nobody could name.
@Suite struct DiagnosticTextTests {
    @Test func theUnknownErrorCodePlaceholderIsLeftOut() {
        #expect(DiagnosticText.cleaned("SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information: (unknown error code)")
            == "SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure. Minor code may provide more information")
        #expect(DiagnosticText.cleaned("Local error (unknown error code)") == "Local error")
        #expect(DiagnosticText.cleaned(" 00002020: Operation unavailable without authentication\n") == "00002020: Operation unavailable without authentication")
    }
}
