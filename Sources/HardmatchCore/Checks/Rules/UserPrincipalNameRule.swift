/// `userPrincipalName`: what Entra ID refuses, rewrites, or cannot soft-match.
///
/// Limits, from IdFix's multi-tenant rules ("Errors supported by the IdFix tool",
/// microsoft.github.io/idfix) and Entra's "UserPrincipalName policies that apply to all user
/// accounts" (Password policies and account restrictions in Microsoft Entra ID):
/// - characters: whitespace and `\ % & * + / = ? { } | < > ( ) ; : , [ ] "` are refused
///   (IdFix's list; Entra allows only `A–Z a–z 0–9 ' . - _ ! # ^ ~` besides the `@`). IdFix
///   also refuses the apostrophe, which Entra's own list allows: it is accepted here.
///   Non-ASCII letters (IdFix: "umlaut") are outside Entra's list too;
/// - at most 64 characters before the `@`, at most 48 after it, at most 113 in all (Entra:
///   "up to 64 characters before the '@' symbol", "up to 48 characters after"; "Prepare
///   directory attributes for synchronization with Microsoft 365" gives the same 64 and 48).
///   IdFix's "less than 64 before @" and "less than 48 after @" refuse one character more
///   than Entra does: a 64-character local part or a 48-character domain is accepted here;
/// - no dot just before the `@` (Entra), nor at the start (RFC 5322 dot-atom);
/// - a suffix Entra can verify: an Internet domain, and one of `--verified-domain` when
///   given. Otherwise Entra Connect replaces it with the tenant's `onmicrosoft.com` domain.
///
/// A blank UPN is not refused: Entra Connect's default rule falls back to
/// `sAMAccountName@<AD domain>`, so the user gets a name nobody chose (warning) and
/// `SAMAccountNameRule` checks what it is built from. Without `sAMAccountName` either it is an error.
public struct UserPrincipalNameRule: UserRule {
    public enum ID: String, CaseIterable, Sendable {
        case blank = "upnBlank"
        case character = "upnCharacter"
        case format = "upnFormat"
        case localPartLength = "upnLocalPartLength"
        case domainLength = "upnDomainLength"
        case length = "upnLength"
        case suffixNotRoutable = "upnSuffixNotRoutable"
        case suffixNotVerified = "upnSuffixNotVerified"
    }

    public static let attribute = "userPrincipalName"
    /// Entra: "up to 64 characters before the '@' symbol" (IdFix's "less than 64" is one short).
    public static let maximumLocalPartLength = 64
    /// Entra: "up to 48 characters after the '@' symbol".
    public static let maximumDomainLength = 48
    /// IdFix and Entra: "Total length must not exceed 113 characters".
    public static let maximumLength = 113

    /// IdFix's `InvalidUpnRegEx` set, without the apostrophe Entra allows.
    public static let forbiddenCharacters: Set<Unicode.Scalar> = [
        "\\", "%", "&", "*", "+", "/", "=", "?", "{", "}", "|", "<", ">", "(", ")", ";", ":", ",", "[", "]", "\"",
    ]

    public let options: CheckOptions
    private let domains: DomainVerdict

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
        domains = DomainVerdict(options)
    }

    public func check(_ user: OnPremUser, into findings: inout [Finding]) {
        guard let upn = user.userPrincipalName, !upn.isBlank else {
            findings.append(blank(user))
            return
        }
        if upn.withASCII(isCleanASCII) == true { return }
        func report(_ id: ID, _ detail: String, fix: String? = nil) {
            findings.append(Finding(dn: user.dn, attribute: Self.attribute, value: upn, rule: id.rawValue, severity: .error, detail: detail, fix: fix))
        }

        // Characters first; the other checks then look at what is left without them, so
        // one bad character is reported once, not again as a format problem.
        var cleaned = upn
        if upn.withASCII({ $0.contains(where: Self.removableASCII.contains) }) != false {
            let removable = upn.unicodeScalars.filter(Self.isRemovable)
            let nonASCII = upn.unicodeScalars.filter { !$0.isASCII && !Self.isRemovable($0) }
            cleaned = String(String.UnicodeScalarView(upn.unicodeScalars.filter { !Self.isRemovable($0) }))
            let fix = nonASCII.isEmpty && EmailAddress.syntaxProblem(cleaned) == nil ? cleaned : nil
            let what = CharacterName.list(removable + nonASCII)
            let why = nonASCII.isEmpty ? "Entra ID refuses it in a UPN" : "Entra ID allows only A–Z, a–z, 0–9 and ' . - _ ! # ^ ~ besides the @"
            report(.character, "holds \(what); \(why)", fix: fix)
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.filter(\.isASCII)))
        }

        if let problem = EmailAddress.syntaxProblem(cleaned, checkLocalCharacters: false) {
            report(.format, "not a valid user@domain name: \(problem)", fix: Self.dotFix(cleaned))
            return
        }
        guard let address = EmailAddress(upn) else { return }
        let localLength = address.local.scalarCount
        let domainLength = address.domain.scalarCount
        let length = upn.scalarCount
        if localLength > Self.maximumLocalPartLength {
            report(.localPartLength, "\(localLength) characters before the @; Entra ID allows at most \(Self.maximumLocalPartLength)")
        }
        if domainLength > Self.maximumDomainLength {
            report(.domainLength, "\(domainLength) characters after the @; Entra ID allows at most \(Self.maximumDomainLength)")
        }
        if length > Self.maximumLength {
            report(.length, "\(length) characters; Entra ID allows at most \(Self.maximumLength)")
        }
        checkSuffix(EmailAddress(cleaned) ?? address, report: report)
    }

    /// True for an ASCII UPN with nothing to report, decided on its bytes: no character to
    /// remove, valid, within the lengths, in an accepted domain. False when `check` must look.
    private func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= Self.maximumLength, !bytes.contains(where: Self.removableASCII.contains),
              EmailAddress.isValidASCII(bytes, checkLocalCharacters: false),
              let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              at <= Self.maximumLocalPartLength, bytes.count - at - 1 <= Self.maximumDomainLength else { return false }
        return domains.isAccepted(UnsafeBufferPointer(rebasing: bytes[(at + 1)...]))
    }

    // MARK: - Suffix

    private func checkSuffix(_ address: EmailAddress, report: (ID, String, String?) -> Void) {
        if options.isVerified(address.domain) { return }
        let fix = options.soleVerifiedDomain.map { "\(address.local)@\($0)" }
        if let problem = DomainName.routabilityProblem(address.domain) {
            report(.suffixNotRoutable, "\(problem); Entra ID cannot verify it and gives the user an onmicrosoft.com name instead", fix)
        } else if !options.verifiedDomains.isEmpty {
            report(.suffixNotVerified, "\(DomainName.normalized(String(address.domain))) is not a verified domain (--verified-domain); Entra ID gives the user an onmicrosoft.com name instead", fix)
        }
    }

    // MARK: - Blank

    private func blank(_ user: OnPremUser) -> Finding {
        let value = user.userPrincipalName ?? ""
        guard let sam = user.sAMAccountName, !sam.isEmpty else {
            return Finding(
                dn: user.dn, attribute: Self.attribute, value: value, rule: ID.blank.rawValue, severity: .error,
                detail: "no userPrincipalName and no sAMAccountName: Entra Connect has nothing to build a sign-in name from"
            )
        }
        return Finding(
            dn: user.dn, attribute: Self.attribute, value: value, rule: ID.blank.rawValue, severity: .warning,
            detail: "no userPrincipalName: Entra Connect builds one from sAMAccountName and the AD domain (\(sam)@…), which soft match and sign-in will not expect",
            fix: options.soleVerifiedDomain.map { "\(sam)@\($0)" }
        )
    }

    // MARK: - Helpers

    /// `isRemovable` for ASCII bytes.
    private static let removableASCII = ASCIISet.upnRemovable

    /// Characters whose removal is a safe suggestion: the forbidden ASCII ones, whitespace,
    /// and characters nobody can see (a zero-width space pasted with the name).
    static func isRemovable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.isSpaceOrControl || forbiddenCharacters.contains(scalar) }
        return CharacterName.isInvisible(scalar)
    }

    /// Dots at the ends of the local part removed, when that alone makes the name valid.
    static func dotFix(_ text: String) -> String? {
        guard let address = EmailAddress(text) else { return nil }
        var local = address.local
        while local.first == "." { local.removeFirst() }
        while local.last == "." { local.removeLast() }
        let candidate = "\(local)@\(address.domain)"
        guard candidate != text, EmailAddress.syntaxProblem(candidate) == nil else { return nil }
        return candidate
    }
}
