import Foundation
import HardmatchLDAP
import HardmatchTestSupport
import Testing

/// A server that drops the connection, against the real DC behind a proxy: the read fails
/// with `connectionLost`, and the library's own writes to the dead socket (the next
/// request, the TLS close alert, the unbind) never raise SIGPIPE in the process hosting it.
///
/// This test process keeps SIGPIPE's default action, as a program using the library would,
/// so a raised signal ends the whole test run with signal 13 rather than failing one test.
@Suite struct DroppedConnectionTests {
    let directory = TestDirectory.current

    /// A reset is the harsh case: the first read takes the error, and every write after it
    /// fails with EPIPE, which raises SIGPIPE unless the writing thread blocks it.
    @Test func aResetConnectionFailsTheReadAndIsDroppedWithoutASignal() async throws {
        var action = sigaction()
        sigaction(SIGPIPE, nil, &action)
        try #require(action.__sigaction_handler.sa_handler == nil, "SIGPIPE is not at its default here, so this test would prove nothing")

        let proxy = try ScriptServer.cuttingProxy(target: "\(directory.host):636", cutAfterBytes: 6_000, reset: true)
        defer { proxy.stop() }
        do {
            let connection = try await LDAPConnection.connect(configuration(uri: "ldaps://localhost:\(proxy.port)", timeout: 3))
            await #expect {
                _ = try await readUsers(connection, pageSize: 2)
            } throws: { error in
                guard let error = error as? LDAPError, case .connectionLost = error else { return false }
                return true
            }
            // Asked again, libldap writes a request to the reset socket.
            await #expect(throws: LDAPError.self) { _ = try await connection.highestCommittedUSN() }
        }
        // The last reference went at the end of the block above, so the handle was unbound on
        // this test's thread, one of Swift's cooperative threads, not a connection's own.
        // Nothing may hold it longer: the connect watchdog, cancelled but kept by its queue
        // until its deadline (3 s), once released the handle then, on a Dispatch thread.
        try await Task.sleep(for: .seconds(4))
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0, "a SIGPIPE is left pending")
    }
}
