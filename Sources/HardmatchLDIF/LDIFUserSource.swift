import HardmatchCore

/// What one record of an export is, for a command that wants users (SPEC §3).
///
/// An export holds what its maker selected, often a whole domain: a record is a user when
/// `OnPremUserMapping.isUser` says so by its `objectClass`. A user without `objectGUID` is
/// reported rather than dropped: it usually means the attribute was left out of the export,
/// and every user would then be missing.
public enum LDIFUserEvent: Equatable, Sendable {
    /// Map it with `OnPremUserMapping.map`.
    case user(DirectoryEntry, line: Int)
    /// An OU, group, computer, contact, GPO, DNS record...: not a user.
    case nonUser(DirectoryEntry, line: Int)
    case missingObjectGUID(dn: String, line: Int)
    /// A record without attributes, which the exporting account could not read: not a user,
    /// but counted so that a person can tell whether a user could be among them.
    case unreadable(dn: String, line: Int)
    /// A continuation reference: not data, listed with `--verbose`.
    case reference(urls: [String], line: Int)

    public init(_ record: LDIFRecord) {
        switch record {
        case .reference(let urls, let line):
            self = .reference(urls: urls, line: line)
        case .unreadable(let dn, let line):
            self = .unreadable(dn: dn, line: line)
        case .entry(let entry, let line):
            if !OnPremUserMapping.isUser(entry) {
                self = .nonUser(entry, line: line)
            } else if !OnPremUserMapping.hasObjectGUID(entry) {
                self = .missingObjectGUID(dn: entry.dn, line: line)
            } else {
                self = .user(entry, line: line)
            }
        }
    }
}

/// The users of an LDIF export, read with only the attributes the user mapping needs.
public struct LDIFUserSource: Sendable {
    public var reader: LDIFFileReader

    /// `path` is a file or `-` for standard input.
    public init(path: String, allowFileURLs: Bool = false) {
        reader = LDIFFileReader(
            path: path,
            options: LDIFParser.Options(
                allowFileURLs: allowFileURLs, attributes: LDIFParser.Options.userAttributes,
                textAttributes: LDIFParser.Options.userTextAttributes
            )
        )
    }

    /// Calls `body` with each record, classified, in file order; throws as `LDIFFileReader.forEach`.
    public func forEach(_ body: (LDIFUserEvent) throws -> Void) throws {
        try reader.forEach { try body(LDIFUserEvent($0)) }
    }
}
