/// `proxyAddresses`: each value, and the set of them, as Entra ID and Exchange Online need it.
///
/// Per value (IdFix multi-tenant rules, `InvalidProxyAddressSMTPRegex` and friends):
/// a `type:` prefix; at most 256 characters; for SMTP no whitespace nor `< > ( ) ; , [ ] "`
/// and an RFC 5322 address (IdFix also refuses the apostrophe, which addresses may hold: it
/// is accepted here); for X.400/X.500, which are distinguished names with spaces and
/// parentheses, no control characters nor `[ ] "`; for other types, no whitespace nor
/// `< > ( ) , [ ] "`. An SMTP address in a domain that is not on the Internet, or not one of
/// `--verified-domain`, is a warning: Entra ID drops proxy addresses in domains the tenant
/// has not verified ("How the proxyAddresses attribute is populated in Microsoft Entra ID").
///
/// Whitespace around the type or the address (`" smtp:a@b.com"`, `"SMTP :a@b.com"`) is an
/// error too: Microsoft says proxy addresses hold no spaces. Such a value is read as the
/// address Entra ID compares (`ProxyAddress`), so the other rules and the duplicates see
/// through the whitespace.
///
/// Per user: one `SMTP:` primary (several: error; none while `mail` is set: warning, the
/// primary SMTP soft match then has nothing to compare), the primary equal to `mail`
/// (warning: Exchange Online keeps the primary and the cloud `mail` changes), and no address
/// held twice (`SMTP:a@b.com` with `smtp:A@b.com`: error, a mailbox holds each address once).
///
/// Count: Entra ID has no fixed per-attribute cap, only a size limit for the whole object.
/// "Understanding errors during Microsoft Entra synchronization" (LargeObject or
/// ExceededAllowedLength) gives 332 proxy addresses as the most a user with nothing else
/// populated can sync, fewer with certificates or licences (311 in its example). More than
/// `maximumCount` is an error; more than `warningCount` a warning.
public struct ProxyAddressRule: UserRule {
    public enum ID: String, CaseIterable, Sendable {
        case format = "proxyAddressFormat"
        case character = "proxyAddressCharacter"
        case length = "proxyAddressLength"
        case smtpFormat = "proxyAddressSmtpFormat"
        case suffixNotRoutable = "proxyAddressSuffixNotRoutable"
        case suffixNotVerified = "proxyAddressSuffixNotVerified"
        case noPrimary = "proxyAddressNoPrimary"
        case multiplePrimary = "proxyAddressMultiplePrimary"
        case repeated = "proxyAddressRepeated"
        case primaryNotMail = "proxyAddressPrimaryNotMail"
        case count = "proxyAddressCount"
    }

    public static let attribute = "proxyAddresses"
    /// IdFix: "single value maximum number of characters: 256".
    public static let maximumLength = 256
    /// Microsoft's figure for a user with nothing else populated; above it the sync fails.
    public static let maximumCount = 332
    /// Microsoft's example of a licensed user with certificates syncs 311: above 300 is close.
    public static let warningCount = 300

    static let smtpForbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", ";", ",", "[", "]", "\""]
    static let distinguishedNameForbidden: Set<Unicode.Scalar> = ["[", "]", "\""]
    static let otherForbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", ",", "[", "]", "\""]

    /// What `checkCharacters` refuses, for ASCII bytes: the forbidden characters and
    /// whitespace, except the space inside X.400 and X.500 addresses.
    static let smtpBadASCII = ASCIISet.smtpRefused
    static let distinguishedNameBadASCII = ASCIISet.distinguishedNameRefused
    static let otherBadASCII = ASCIISet.otherTypeRefused

    public let options: CheckOptions
    private let domains: DomainVerdict

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
        domains = DomainVerdict(options)
    }

    public func check(_ user: OnPremUser, into findings: inout [Finding]) {
        guard !user.proxyAddresses.isEmpty else { return }
        var primaries: [String] = []
        for value in user.proxyAddresses {
            if value.withASCII(isCleanASCII) == true {
                if value.utf8.starts(with: "SMTP:".utf8) { primaries.append(value) }
                continue
            }
            let proxy = ProxyAddress(value)
            checkValue(value, proxy, of: user, into: &findings)
            if proxy?.isPrimarySMTP == true { primaries.append(value) }
        }
        checkPrimary(primaries, of: user, into: &findings)
        checkRepeats(of: user, into: &findings)
        let count = user.proxyAddresses.count
        if count > Self.warningCount {
            let severity: Severity = count > Self.maximumCount ? .error : .warning
            let detail = severity == .error
                ? "\(count) values; Entra ID refuses an object this large (LargeObject): at most \(Self.maximumCount) for a user with nothing else set"
                : "\(count) values; close to the \(Self.maximumCount) Entra ID syncs at most, fewer with certificates or licences"
            findings.append(finding(user, String(count), .count, severity, detail))
        }
    }

    // MARK: - One value

    /// True for an ASCII value `checkValue` has nothing to report on, decided on its bytes:
    /// a type with no space around it, an address with no space around it nor a character
    /// its type refuses, and for SMTP a valid address in an accepted domain. False when
    /// `checkValue` must look.
    private func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= Self.maximumLength, let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count,
              !ASCIIBytes.isSpaceOrControl(bytes[0]), !ASCIIBytes.isSpaceOrControl(bytes[colon - 1]),
              !ASCIIBytes.isSpaceOrControl(bytes[colon + 1]), !ASCIIBytes.isSpaceOrControl(bytes[bytes.count - 1]) else { return false }
        let type = UnsafeBufferPointer(rebasing: bytes[..<colon])
        let address = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
        let isSMTP = Self.typeIs(type, "smtp")
        let bad = isSMTP ? Self.smtpBadASCII : Self.typeIs(type, "x400") || Self.typeIs(type, "x500") ? Self.distinguishedNameBadASCII : Self.otherBadASCII
        guard !address.contains(where: bad.contains) else { return false }
        guard isSMTP else { return true }
        guard EmailAddress.isValidASCII(address, checkLocalCharacters: true), let at = address.firstIndex(of: UInt8(ascii: "@")) else { return false }
        return domains.isAccepted(UnsafeBufferPointer(rebasing: address[(at + 1)...]))
    }

    private static func typeIs(_ type: UnsafeBufferPointer<UInt8>, _ lowered: StaticString) -> Bool {
        ASCIIBytes.equalFolded(type, UnsafeBufferPointer(start: lowered.utf8Start, count: lowered.utf8CodeUnitCount))
    }

    private func checkValue(_ value: String, _ proxy: ProxyAddress?, of user: OnPremUser, into findings: inout [Finding]) {
        let length = value.scalarCount
        if length > Self.maximumLength {
            findings.append(finding(user, value, .length, .error, "\(length) characters; Entra ID syncs at most \(Self.maximumLength) per value"))
        }
        guard let proxy else {
            findings.append(finding(user, value, .format, .error, "no address type before a colon (SMTP:, smtp:, X500:, SIP:, …): Exchange cannot read it"))
            return
        }
        let cleanedAddress = checkCharacters(proxy, value, of: user, into: &findings)
        guard proxy.isSMTP else { return }
        if let problem = EmailAddress.syntaxProblem(cleanedAddress) {
            findings.append(finding(user, value, .smtpFormat, .error, "not a valid SMTP address: \(problem)"))
            return
        }
        guard let address = EmailAddress(cleanedAddress), !options.isVerified(address.domain) else { return }
        if let problem = DomainName.routabilityProblem(address.domain) {
            findings.append(finding(user, value, .suffixNotRoutable, .warning, "\(problem); Entra ID drops addresses in domains the tenant cannot verify"))
        } else if !options.verifiedDomains.isEmpty {
            findings.append(finding(user, value, .suffixNotVerified, .warning, "\(DomainName.normalized(String(address.domain))) is not a verified domain (--verified-domain); Entra ID drops the address"))
        }
    }

    /// Reports whitespace around the type or the address and characters the type cannot hold;
    /// returns the address without them, which the other checks then look at.
    ///
    /// Microsoft: a proxy address "must not contain a space" (X.400 and X.500 addresses, which
    /// are distinguished names, may inside). Whitespace around the type or the address does not
    /// change which address Entra ID compares, so the fix only removes it.
    private func checkCharacters(_ proxy: ProxyAddress, _ value: String, of user: OnPremUser, into findings: inout [Finding]) -> Substring {
        let forbidden = proxy.isSMTP ? Self.smtpForbidden : proxy.isX400OrX500 ? Self.distinguishedNameForbidden : Self.otherForbidden
        let spacesAllowed = proxy.isX400OrX500
        let isBad: (Unicode.Scalar) -> Bool = { scalar in
            if scalar.isASCII { return (scalar.isSpaceOrControl && !(spacesAllowed && scalar == " ")) || forbidden.contains(scalar) }
            return CharacterName.isInvisible(scalar)
        }
        let core = proxy.trimmedAddress
        let strayAroundAddress = core.utf8.count != proxy.address.utf8.count
        let badASCII = proxy.isSMTP ? Self.smtpBadASCII : proxy.isX400OrX500 ? Self.distinguishedNameBadASCII : Self.otherBadASCII
        let hasBad = core.withASCII { $0.contains(where: badASCII.contains) } ?? core.unicodeScalars.contains(where: isBad)
        guard proxy.typeHasSpace || strayAroundAddress || hasBad else { return core }

        let cleaned = String(String.UnicodeScalarView(core.unicodeScalars.filter { !isBad($0) }))
        var parts: [String] = []
        if proxy.typeHasSpace {
            parts.append("\(CharacterName.list(proxy.storedType.unicodeScalars.filter(\.isSpaceOrControl))) around its type \"\(proxy.type)\"")
        }
        if strayAroundAddress {
            let around = proxy.address.unicodeScalars.prefix(while: \.isSpaceOrControl) + proxy.address.unicodeScalars.reversed().prefix(while: \.isSpaceOrControl)
            parts.append("\(CharacterName.list(around)) around the address")
        }
        let inside = core.unicodeScalars.filter(isBad)
        if !inside.isEmpty { parts.append(CharacterName.list(inside)) }
        let candidate = "\(proxy.type):\(cleaned)"
        let fix = cleaned.isEmpty || (proxy.isSMTP && EmailAddress.syntaxProblem(cleaned) != nil) || Self.holds(user, candidate, besides: value) ? nil : candidate
        findings.append(finding(user, value, .character, .error, "holds \(parts.joined(separator: " and ")), which a \(proxy.type) address cannot", fix: fix))
        return cleaned[...]
    }

    // MARK: - The primary

    private func checkPrimary(_ primaries: [String], of user: OnPremUser, into findings: inout [Finding]) {
        let mail = user.mail.flatMap { $0.isEmpty ? nil : $0 }
        if primaries.count > 1 {
            for value in primaries {
                findings.append(finding(user, value, .multiplePrimary, .error, "one of \(primaries.count) SMTP: primaries; a mailbox has exactly one, the others must be smtp:"))
            }
            return
        }
        guard let mail else { return }
        guard let primary = primaries.first else {
            let holdsMail = user.proxyAddresses.contains { ProxyAddress($0).map { $0.isSMTP && $0.trimmedAddress.lowercased() == mail.lowercased() } ?? false }
            findings.append(finding(
                user, mail, .noPrimary, .warning,
                "no SMTP: primary although mail is set: soft match by primary SMTP address has nothing to compare, and Exchange Online picks a primary itself",
                fix: holdsMail ? "SMTP:\(mail)" : nil
            ))
            return
        }
        let address = ProxyAddress(primary)?.trimmedAddress ?? primary.dropFirst(5)
        if !ProxyAddress.equalFolded(address, mail[...]) {
            findings.append(finding(user, primary, .primaryNotMail, .warning, "the primary SMTP address differs from mail (\(mail)); Exchange Online keeps the primary, so the cloud mail will change"))
        }
    }

    func finding(_ user: OnPremUser, _ value: String, _ id: ID, _ severity: Severity, _ detail: String, fix: String? = nil) -> Finding {
        Finding(dn: user.dn, attribute: Self.attribute, value: value, rule: id.rawValue, severity: severity, detail: detail, fix: fix)
    }
}
