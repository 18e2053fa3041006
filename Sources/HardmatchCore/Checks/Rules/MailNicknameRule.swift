/// `mailNickname`: the Exchange alias Entra ID copies to the cloud user.
///
/// IdFix's multi-tenant rule refuses only a leading period (error here). Its dedicated
/// rules and Exchange's alias syntax also refuse a trailing period, whitespace and
/// characters outside RFC 5322 `atext`, and more than 64 characters: Exchange Online then
/// derives another alias, so those are warnings.
public struct MailNicknameRule: UserRule {
    public enum ID: String, CaseIterable, Sendable {
        case format = "mailNicknameFormat"
        case length = "mailNicknameLength"
    }

    public static let attribute = "mailNickname"
    public static let maximumLength = 64

    public init() {}

    public func check(_ user: OnPremUser, into findings: inout [Finding]) {
        guard let nickname = user.mailNickname, !nickname.isEmpty, nickname.withASCII(Self.isCleanASCII) != true else { return }
        func report(_ id: ID, _ severity: Severity, _ detail: String, fix: String? = nil) {
            findings.append(Finding(dn: user.dn, attribute: Self.attribute, value: nickname, rule: id.rawValue, severity: severity, detail: detail, fix: fix))
        }
        let bad = nickname.unicodeScalars.filter { !EmailAddress.isAtext($0) && $0 != "." }
        var cleaned = String(String.UnicodeScalarView(nickname.unicodeScalars.filter { EmailAddress.isAtext($0) || $0 == "." }))
        while cleaned.first == "." { cleaned.removeFirst() }
        while cleaned.last == "." { cleaned.removeLast() }
        let fix = cleaned.isEmpty || cleaned.contains("..") || cleaned.unicodeScalars.count > Self.maximumLength ? nil : cleaned
        if nickname.first == "." {
            report(.format, .error, "starts with a period, which Entra ID refuses in an alias", fix: fix)
        } else if !bad.isEmpty {
            report(.format, .warning, "holds \(CharacterName.list(bad)), which an Exchange alias cannot; Exchange Online will derive another", fix: fix)
        } else if nickname.last == "." || nickname.contains("..") {
            report(.format, .warning, "ends with a period or has two in a row, which an Exchange alias cannot; Exchange Online will derive another", fix: fix)
        }
        let length = nickname.unicodeScalars.count
        if length > Self.maximumLength {
            report(.length, .warning, "\(length) characters; an Exchange alias has at most \(Self.maximumLength)")
        }
    }

    private static let aliasCharacters = ASCIISet.localPart

    /// True for an ASCII alias with nothing to report: `atext` and dots, no dot at either
    /// end nor two in a row, not too long. Nearly every alias; the others take the long way.
    private static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        guard bytes.count <= maximumLength, bytes.first != dot, bytes.last != dot else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard aliasCharacters.contains(byte), byte != dot || previous != dot else { return false }
            previous = byte
        }
        return true
    }
}
