import HardmatchCore

/// One record of an export, as the parser delivers it.
public enum LDIFRecord: Equatable, Sendable {
    /// A directory object; `line` is where its `dn:` line is.
    case entry(DirectoryEntry, line: Int)
    /// A search continuation reference: `ref: ldap://…` records, and the
    /// `# refldap://…` comments `ldapsearch -LLL` writes instead. Not data.
    case reference(urls: [String], line: Int)
    /// A `dn:` with not one attribute: what `ldifde` and `ldapsearch` write for an object
    /// the exporting account may not read (a whole-domain export has dozens: `CN=NTDS
    /// Quotas`, `BCKUPKEY_*`, ...). Nothing can be said about it, not even its class.
    case unreadable(dn: String, line: Int)

    public var line: Int {
        switch self {
        case .entry(_, let line), .reference(_, let line), .unreadable(_, let line): return line
        }
    }
}
