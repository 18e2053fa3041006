/// DNS domain names as they appear after the `@` of a UPN or an address.
public enum DomainName {
    /// Top-level names that are not delegated on the Internet: reserved by RFC 2606 / 6761
    /// (`test`, `example`, `invalid`, `localhost`), multicast DNS (`local`, RFC 6762),
    /// ICANN's private-use name (`internal`), and the names private networks commonly use
    /// and ICANN will not delegate (`corp`, `home`, `lan`, `intranet`, `private`, `localdomain`).
    ///
    /// Entra ID cannot verify a domain under any of them, so a UPN there is replaced by
    /// `…@<tenant>.onmicrosoft.com` at sync ("Prepare for directory synchronization to
    /// Microsoft 365": "If the Active Directory domain ends in a non-routable suffix like
    /// .local or .lan ..."). A deny list rather than IANA's list of delegated TLDs: that list
    /// changes every month, these names do not.
    public static let nonRoutableTopLevelNames: Set<String> = [
        "local", "lan", "internal", "corp", "home", "intranet", "private", "localdomain",
        "localhost", "test", "example", "invalid",
    ]

    /// Lower-cased, without a trailing dot: the form verified domains are compared in.
    public static func normalized(_ domain: String) -> String {
        if domain.withASCII({ $0.last != UInt8(ascii: ".") && !$0.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) }) == true { return domain }
        var text = domain.lowercased()
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The tenant name of a tenant's own domain, `contoso` for `contoso.onmicrosoft.com` and
    /// for its Exchange Online routing domain `contoso.mail.onmicrosoft.com`; nil for any
    /// other domain. `domain` is `normalized`.
    public static func onMicrosoftTenant(_ domain: String) -> Substring? {
        let suffix = ".onmicrosoft.com"
        guard domain.hasSuffix(suffix) else { return nil }
        var name = domain.dropLast(suffix.utf8.count)
        if name.hasSuffix(".mail") { name = name.dropLast(5) }
        guard !name.isEmpty, !name.contains(".") else { return nil }
        return name
    }

    /// Why `domain` is not a syntactically valid host name, or nil.
    public static func syntaxProblem(_ domain: Substring) -> String? {
        if domain.withASCII(isValidASCII) == true { return nil }
        if domain.isEmpty { return "nothing after the @" }
        if domain.first == "." || domain.last == "." { return "the domain starts or ends with a dot" }
        for label in domain.split(separator: ".", omittingEmptySubsequences: false) {
            if label.isEmpty { return "the domain has two dots in a row" }
            if label.utf8.count > 63 { return "the domain label \(label.prefix(12))… is longer than 63 characters" }
            if label.first == "-" || label.last == "-" { return "the domain label \"\(label)\" starts or ends with a hyphen" }
            if let bad = label.unicodeScalars.first(where: { !isHostCharacter($0) }) {
                return "the domain holds \(CharacterName.describe(bad)), which a host name cannot"
            }
        }
        return nil
    }

    /// Why `domain` cannot be an Internet domain (and so cannot be verified in a tenant), or nil.
    public static func routabilityProblem(_ domain: Substring) -> String? {
        if domain.withASCII(isRoutableASCII) == true { return nil }
        let lowered = normalized(String(domain))
        guard !lowered.isEmpty else { return "the domain is empty" }
        guard let dot = lowered.lastIndex(of: ".") else { return "\"\(lowered)\" is a single label, not an Internet domain" }
        let last = lowered[lowered.index(after: dot)...]
        if nonRoutableTopLevelNames.contains(String(last)) {
            return ".\(last) is not a top-level domain on the Internet"
        }
        if lowered.hasSuffix(".home.arpa") { return ".home.arpa is reserved for home networks (RFC 8375)" }
        if last.allSatisfy({ $0.isASCII && $0.isNumber }) { return "\"\(lowered)\" is an IP address, not a domain" }
        return nil
    }

    // MARK: - ASCII fast paths

    private static let hostCharacters = ASCIISet.hostName
    private static let nonRoutableTopLevelBytes = nonRoutableTopLevelNames.map { Array($0.utf8) }
    private static let homeARPA = Array(".home.arpa".utf8)

    /// True when `syntaxProblem` would find nothing in these ASCII bytes; false when it would,
    /// or might.
    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
        guard let first = bytes.first, let last = bytes.last, first != dot, last != dot else { return false }
        var labelStart = 0
        for index in 0...bytes.count {
            guard index == bytes.count || bytes[index] == dot else {
                if !hostCharacters.contains(bytes[index]) { return false }
                continue
            }
            let length = index - labelStart
            guard length > 0, length <= 63, bytes[labelStart] != hyphen, bytes[index - 1] != hyphen else { return false }
            labelStart = index + 1
        }
        return true
    }

    /// True when `routabilityProblem` would find nothing in these ASCII bytes.
    static func isRoutableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let name = UnsafeBufferPointer(rebasing: bytes[..<end])
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let top = UnsafeBufferPointer(rebasing: name[(dot + 1)...])
        if nonRoutableTopLevelBytes.contains(where: { $0.withUnsafeBufferPointer { ASCIIBytes.equalFolded($0, top) } }) { return false }
        if name.count >= homeARPA.count,
           homeARPA.withUnsafeBufferPointer({ ASCIIBytes.equalFolded($0, UnsafeBufferPointer(rebasing: name[(name.count - $0.count)...])) }) {
            return false
        }
        return top.contains { $0 &- UInt8(ascii: "0") >= 10 }
    }

    private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-": return true
        default: return false
        }
    }
}
