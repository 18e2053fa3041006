import CLDAP

/// Names for libldap's result codes, from the library itself.
enum LDAPResultCode {
    static func name(_ code: Int32) -> String {
        guard let text = ldap_err2string(code) else { return "LDAP error \(code)" }
        return "\(String(cString: text).lowercased()) (\(code))"
    }
}
