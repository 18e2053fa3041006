/// `sAMAccountName`, checked only when the UPN is blank: Entra Connect then builds the
/// sign-in name from it (IdFix: "sAMAccountName (only if no userPrincipalName value)").
///
/// IdFix's limits: at most 20 characters, none of `[ \ " | , / : < > + = ; ? * ]`
/// (the characters Windows itself refuses in account names, `USER_INFO_0`).
public struct SAMAccountNameRule: UserRule {
    public enum ID: String, CaseIterable, Sendable {
        case character = "samAccountNameCharacter"
        case length = "samAccountNameLength"
    }

    public static let attribute = "sAMAccountName"
    public static let maximumLength = 20
    public static let forbiddenCharacters: Set<Unicode.Scalar> = [
        "[", "]", "\\", "\"", "|", ",", "/", ":", "<", ">", "+", "=", ";", "?", "*",
    ]

    public init() {}

    public func check(_ user: OnPremUser, into findings: inout [Finding]) {
        guard user.userPrincipalName?.isBlank ?? true, let sam = user.sAMAccountName, !sam.isEmpty else { return }
        let bad = sam.unicodeScalars.filter { Self.forbiddenCharacters.contains($0) || ($0.isSpaceOrControl && $0 != " ") }
        if !bad.isEmpty {
            let cleaned = String(String.UnicodeScalarView(sam.unicodeScalars.filter { !bad.contains($0) }))
            findings.append(Finding(
                dn: user.dn, attribute: Self.attribute, value: sam, rule: ID.character.rawValue, severity: .error,
                detail: "holds \(CharacterName.list(bad)), which an account name cannot; with no userPrincipalName Entra Connect builds the sign-in name from it",
                fix: cleaned.isEmpty || cleaned.unicodeScalars.count > Self.maximumLength ? nil : cleaned
            ))
        }
        let length = sam.unicodeScalars.count
        if length > Self.maximumLength {
            findings.append(Finding(
                dn: user.dn, attribute: Self.attribute, value: sam, rule: ID.length.rawValue, severity: .error,
                detail: "\(length) characters; at most \(Self.maximumLength), and with no userPrincipalName Entra Connect builds the sign-in name from it"
            ))
        }
    }
}
