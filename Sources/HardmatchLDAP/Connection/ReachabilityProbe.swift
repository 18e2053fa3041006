import Foundation

/// Says why a server could not be reached, where libldap only says "Can't contact LDAP server".
///
/// A host name that does not resolve and a port where nothing listens need different fixes
/// (a typo or DNS, against a wrong `--uri` port or a firewall), so after libldap fails the
/// URI's host is resolved and its port tried once, with nothing sent.
enum ReachabilityProbe {
    /// The host and port an `ldap://` or `ldaps://` URI names; nil for `ldapi://` or junk.
    static func endpoint(of uri: String) -> (host: String, port: Int)? {
        let lowered = uri.lowercased()
        let secure = lowered.hasPrefix("ldaps://")
        guard secure || lowered.hasPrefix("ldap://") else { return nil }
        var rest = Substring(uri.dropFirst(secure ? 8 : 7))
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        let defaultPort = secure ? 636 : 389
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            guard !after.isEmpty else { return (host, defaultPort) }
            guard after.hasPrefix(":"), let port = Int(after.dropFirst()), (1...65535).contains(port) else { return nil }
            return (host, port)
        }
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let host = String(parts[0])
        guard !host.isEmpty else { return nil }
        guard parts.count == 2 else { return (host, defaultPort) }
        guard let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        return (host, port)
    }

    /// What is wrong with reaching the URI, in a few words; nil when the port answers (or
    /// the URI names no host), so the failure lies beyond TCP (TLS, the server itself).
    static func diagnose(_ uri: String, timeout: Int) -> String? {
        guard let (host, port) = endpoint(of: uri) else { return nil }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &found)
        guard resolved == 0, let first = found else {
            return "the host name \(host) does not resolve"
        }
        defer { freeaddrinfo(first) }
        var refused = false
        var address: UnsafeMutablePointer<addrinfo>? = first
        while let current = address {
            let socket = Foundation.socket(current.pointee.ai_family, current.pointee.ai_socktype, current.pointee.ai_protocol)
            if socket >= 0 {
                var limit = timeval(tv_sec: max(1, min(timeout, 10)), tv_usec: 0)
                setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                let status = connect(socket, current.pointee.ai_addr, current.pointee.ai_addrlen)
                let failure = errno
                close(socket)
                if status == 0 { return nil }
                if failure == ECONNREFUSED { refused = true }
            }
            address = current.pointee.ai_next
        }
        return refused
            ? "nothing listens on \(host) port \(port) (connection refused): check the port in --uri"
            : "no answer from \(host) port \(port): the server is down or a firewall drops the connection"
    }
}
