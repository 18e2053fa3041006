import CLDAP

/// Owns a libldap handle and unbinds it when the last reference goes.
///
/// `@unchecked Sendable` because the pointer crosses into `LDAPConnection` once, at
/// creation, and is used only from that actor afterwards.
final class LDAPHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        ldap_unbind_ext_s(pointer, nil, nil)
    }
}
