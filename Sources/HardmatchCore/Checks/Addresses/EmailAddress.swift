/// The `local@domain` form shared by UPNs, `mail` and SMTP proxy addresses.
public struct EmailAddress: Sendable, Equatable {
    public var local: Substring
    public var domain: Substring

    /// Splits at the only `@`; nil when there is none or more than one.
    public init?(_ text: some StringProtocol) {
        // On UTF-8 code units: `@` is ASCII, and Character iteration costs more than the check.
        let whole = Substring(text)
        let utf8 = whole.utf8
        guard let at = utf8.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        let afterAt = utf8.index(after: at)
        guard !utf8[afterAt...].contains(UInt8(ascii: "@")) else { return nil }
        local = whole[..<at]
        domain = whole[afterAt...]
    }

    /// Characters RFC 5322 allows unquoted in a local part (`atext`), besides letters and digits.
    static let atextSymbols: Set<Unicode.Scalar> = [
        "!", "#", "$", "%", "&", "'", "*", "+", "-", "/", "=", "?", "^", "_", "`", "{", "|", "}", "~",
    ]

    /// Why `text` is not a `dot-atom@host` address, or nil.
    ///
    /// `checkLocalCharacters` false leaves character checks of the local part to the caller,
    /// which reports forbidden characters under its own rule; structure is always checked.
    public static func syntaxProblem(_ text: some StringProtocol, checkLocalCharacters: Bool = true) -> String? {
        if text.withASCII({ isValidASCII($0, checkLocalCharacters: checkLocalCharacters) }) == true { return nil }
        let at = text.utf8.count(where: { $0 == UInt8(ascii: "@") })
        if at == 0 { return "it has no @" }
        if at > 1 { return "it has more than one @" }
        guard let address = EmailAddress(text) else { return "it is not local@domain" }
        let local = address.local.utf8
        let dot = UInt8(ascii: ".")
        if local.isEmpty { return "nothing before the @" }
        if local.first == dot { return "the part before the @ starts with a dot" }
        if local.last == dot { return "the part before the @ ends with a dot" }
        if zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) { return "the part before the @ has two dots in a row" }
        if checkLocalCharacters, let bad = address.local.unicodeScalars.first(where: { !isAtext($0) && $0 != "." }) {
            return "the part before the @ holds \(CharacterName.describe(bad)), which an address cannot hold unquoted"
        }
        return DomainName.syntaxProblem(address.domain)
    }

    /// `atext` and the dot: what a local part holds unquoted.
    private static let localCharacters = ASCIISet.localPart

    /// True when `syntaxProblem` would find nothing in these ASCII bytes; false when it would,
    /// or might: it then looks again for the words.
    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>, checkLocalCharacters: Bool) -> Bool {
        let at = UInt8(ascii: "@"), dot = UInt8(ascii: ".")
        guard let split = bytes.firstIndex(of: at), split > 0, !bytes[(split + 1)...].contains(at) else { return false }
        guard bytes[0] != dot, bytes[split - 1] != dot else { return false }
        var previous: UInt8 = 0
        for byte in bytes[..<split] {
            if byte == dot, previous == dot { return false }
            if checkLocalCharacters, !localCharacters.contains(byte) { return false }
            previous = byte
        }
        return DomainName.isValidASCII(UnsafeBufferPointer(rebasing: bytes[(split + 1)...]))
    }

    static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return atextSymbols.contains(scalar)
        }
    }
}
