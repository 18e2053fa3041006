/// `mail`: Entra ID copies it to the cloud user's `mail` and, with no `proxyAddresses`,
/// makes it the primary SMTP address, so it must be a deliverable address.
///
/// IdFix (dedicated rules): no white space, RFC 2822 and a routable namespace, under 256
/// characters. A malformed address is an error; an address in a domain that is not on the
/// Internet is a warning: the sync goes through, mail to it cannot.
public struct MailRule: UserRule {
    public enum ID: String, CaseIterable, Sendable {
        case format = "mailFormat"
        case length = "mailLength"
        case suffixNotRoutable = "mailSuffixNotRoutable"
    }

    public static let attribute = "mail"
    public static let maximumLength = 256

    public init() {}

    public func check(_ user: OnPremUser, into findings: inout [Finding]) {
        guard let mail = user.mail, !mail.isEmpty, mail.withASCII(Self.isCleanASCII) != true else { return }
        func report(_ id: ID, _ severity: Severity, _ detail: String, fix: String? = nil) {
            findings.append(Finding(dn: user.dn, attribute: Self.attribute, value: mail, rule: id.rawValue, severity: severity, detail: detail, fix: fix))
        }
        let length = mail.scalarCount
        if length > Self.maximumLength {
            report(.length, .error, "\(length) characters; at most \(Self.maximumLength)")
        }
        if let problem = EmailAddress.syntaxProblem(mail) {
            let trimmed = mail.trimmingWhitespace
            let fix = trimmed != mail && EmailAddress.syntaxProblem(trimmed) == nil ? trimmed : nil
            report(.format, .error, "not a valid SMTP address: \(problem)", fix: fix)
            return
        }
        if let address = EmailAddress(mail), let problem = DomainName.routabilityProblem(address.domain) {
            report(.suffixNotRoutable, .warning, "\(problem); mail to this address cannot arrive from the Internet")
        }
    }
}

extension MailRule {
    /// True for an ASCII address with nothing to report, decided on its bytes: not too long,
    /// valid, in a routable domain. False when `check` must look.
    static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maximumLength, EmailAddress.isValidASCII(bytes, checkLocalCharacters: true),
              let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        return DomainName.isRoutableASCII(UnsafeBufferPointer(rebasing: bytes[(at + 1)...]))
    }
}

extension String {
    /// Without leading and trailing whitespace and control characters (Foundation-free).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        if let head = scalars.first, let tail = scalars.last, !head.isSpaceOrControl, !tail.isSpaceOrControl { return self }
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrControl }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrControl }) else { return "" }
        return String(scalars[first...last])
    }
}
