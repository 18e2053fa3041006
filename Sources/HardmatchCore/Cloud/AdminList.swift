/// The cloud users that hold administrator roles (`--admins FILE`, SPEC §4): ids or UPNs,
/// one a line, blank lines and `#` comments ignored.
///
/// Entra refuses to soft-match an administrator, and `hardmatch` never proposes writing
/// an ImmutableId to one: taking over an admin account from on-premises is the attack
/// Microsoft blocks.
public struct AdminList: Sendable, Equatable {
    /// One listed value and the line it came from.
    public struct Entry: Sendable, Equatable {
        public var value: String
        public var line: Int
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Reads the file's text; lines are trimmed, `#` starts a comment line.
    public init(text bytes: [UInt8]) {
        var entries: [Entry] = []
        let text = String(decoding: bytes.starts(with: [0xef, 0xbb, 0xbf]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let value = line.trimmingWhitespace()
            guard !value.isEmpty, !value.hasPrefix("#") else { continue }
            entries.append(Entry(value: value, line: number))
        }
        self.entries = entries
    }

    /// The ids of the listed cloud users, and the entries that name none of them.
    ///
    /// An entry matching nobody is reported: a typo here would silently let the plan
    /// propose a write to an administrator.
    public func resolve(against users: [CloudUser]) -> (ids: Set<String>, unmatched: [Entry]) {
        // The list is short and the users many: each user's id and UPN are looked up among
        // the entries (by a hash that builds no string, then compared), instead of indexing
        // a million users. A later user wins a key, as when every user was indexed.
        let wanted = Set(entries.map { MatchKey.foldedHash($0.value) })
        var idOfKey: [String: String] = [:]
        for index in users.indices {
            let id = users[index].id
            if wanted.contains(MatchKey.foldedHash(id)) { idOfKey[MatchKey.folded(id)] = id }
            if let upn = users[index].userPrincipalName, wanted.contains(MatchKey.foldedHash(upn)) {
                idOfKey[MatchKey.folded(upn)] = id
            }
        }
        var ids = Set<String>()
        var unmatched: [Entry] = []
        for entry in entries {
            if let id = idOfKey[MatchKey.folded(entry.value)] {
                ids.insert(id)
            } else {
                unmatched.append(entry)
            }
        }
        return (ids, unmatched)
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and carriage returns.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
