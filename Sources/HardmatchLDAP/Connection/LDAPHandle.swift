import CLDAP

/// Owns a libldap handle and unbinds it when the last reference goes.
///
/// The unbind writes to the socket (an unbind request, a TLS close alert), and the last
/// reference may go on any thread, so it runs with SIGPIPE suppressed: a server that
/// already dropped the connection must not end the process.
///
/// `@unchecked Sendable` because the pointer crosses into `LDAPConnection` once, at
/// creation, and is used only from that actor afterwards; the one exception is
/// `cut()`, which goes through the socket watch's own lock.
final class LDAPHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    private let watch: UnsafeMutablePointer<hm_socket_watch>?

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
        self.watch = hm_socket_watch_attach(pointer)
    }

    deinit {
        BrokenPipe.suppressed { _ = ldap_unbind_ext_s(pointer, nil, nil) }
        if let watch { hm_socket_watch_free(watch) }
    }

    /// Shuts the connection's socket down from any thread, ending a hung handshake.
    func cut() {
        if let watch { hm_socket_watch_cut(watch) }
    }

    /// True once `cut()` has run.
    var wasCut: Bool {
        watch.map { hm_socket_watch_was_cut($0) != 0 } ?? false
    }
}
