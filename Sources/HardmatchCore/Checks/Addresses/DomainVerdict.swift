/// Whether an ASCII domain after an `@` passes the suffix checks, decided on its bytes:
/// `CheckOptions.isVerified`, or, with no verified domains given, `DomainName.routabilityProblem`.
///
/// The rules ask this for every UPN, `mail` and SMTP address; building a lower-cased
/// `String` and hashing it into a `Set` each time cost more than the rest of the checks.
/// A few verified domains are compared folded, in turn; many, or any that is not ASCII,
/// are left to `isVerified`.
struct DomainVerdict: Sendable {
    let options: CheckOptions
    private let verified: [[UInt8]]?

    init(_ options: CheckOptions) {
        self.options = options
        let domains = options.verifiedDomains.map { Array($0.utf8) }
        verified = domains.count <= 16 && domains.allSatisfy { $0.allSatisfy { $0 < 0x80 } } ? domains : nil
    }

    /// True when a UPN or an address in `domain` draws no suffix finding: a verified domain,
    /// or, with none given, a routable one. False when it may draw one: the rule then looks.
    func isAccepted(_ domain: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = domain.count
        while end > 0, domain[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let name = UnsafeBufferPointer(rebasing: domain[..<end])
        if let verified, verified.contains(where: { $0.withUnsafeBufferPointer { ASCIIBytes.equalFolded($0, name) } }) { return true }
        if options.verifiedDomains.isEmpty { return DomainName.isRoutableASCII(domain) }
        return options.isVerified(String(decoding: domain, as: UTF8.self))
    }
}
