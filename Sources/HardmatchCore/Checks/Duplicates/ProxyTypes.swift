/// The proxy address types `DuplicateValueRule` has seen: each stored prefix by number, so a
/// record keeps two bytes instead of the text, and each type's namespace.
///
/// A directory has a handful of types (`SMTP`, `smtp`, `X500`, `SIP`), so the known ones are
/// compared in turn before any hashing; a dictionary takes over past `scanned` of them.
struct ProxyTypes: Sendable {
    /// The stored prefix (`smtp`, `SMTP`, ` X500`) by number; 0 is no prefix.
    private var prefixes: [String] = [""]
    private var namespaces: [UInt32] = [0]
    private var numbers: [String: UInt32] = [:]
    /// Namespace by lower-cased type, for types other than SMTP.
    private var typeNamespaces: [String: UInt32] = [:]
    private let firstNamespace: UInt32
    private let smtpNamespace: UInt32
    private static let scanned = 16

    /// `smtp`: the namespace SMTP addresses share with UPNs and `mail`; other types are
    /// numbered from `first` on.
    init(smtp: UInt32, first: UInt32) {
        smtpNamespace = smtp
        firstNamespace = first
    }

    /// The number of `proxy`'s stored prefix and the namespace of its type, numbering new ones.
    mutating func number(of proxy: ProxyAddress) -> (prefix: UInt32, namespace: UInt32) {
        if let known = known(proxy.storedType) { return (known, namespaces[Int(known)]) }
        let namespace: UInt32
        if proxy.isSMTP {
            namespace = smtpNamespace
        } else {
            let lowered = proxy.type.lowercased()
            if let known = typeNamespaces[lowered] {
                namespace = known
            } else {
                namespace = firstNamespace + UInt32(typeNamespaces.count)
                typeNamespaces[lowered] = namespace
            }
        }
        let number = UInt32(prefixes.count)
        prefixes.append(String(proxy.storedType))
        namespaces.append(namespace)
        numbers[String(proxy.storedType)] = number
        return (number, namespace)
    }

    /// The namespace of `proxy`'s type, if one was seen.
    func namespace(of proxy: ProxyAddress) -> UInt32? {
        proxy.isSMTP ? smtpNamespace : typeNamespaces[proxy.type.lowercased()]
    }

    /// The stored prefix numbered `number`; empty for 0.
    func prefix(_ number: UInt32) -> String {
        prefixes[Int(number)]
    }

    private func known(_ stored: Substring) -> UInt32? {
        guard prefixes.count > Self.scanned else {
            for number in 1..<prefixes.count where prefixes[number] == stored { return UInt32(number) }
            return nil
        }
        return numbers[String(stored)]
    }
}
