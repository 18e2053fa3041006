import HardmatchCore
import HardmatchLDAP
import HardmatchLDIF

/// Reads on-premises users from whichever source the flags name, as one stream of events.
///
/// Both sources hand entries to the same `OnPremUserMapping`, so a user read from an
/// export and the same user read live give the same record.
struct UserSource {
    enum Event {
        case user(OnPremUser)
        /// An entry that could not become a user; the command reports and counts it.
        case problem(String)
        /// A search continuation reference: not data.
        case reference([String])
        /// An entry of an export that is not a user (a group, a contact, a computer): left out.
        case nonUser
        /// The DN of an export's record without attributes, which is not taken as a user.
        case unreadable(String)
    }

    let options: DirectorySourceOptions

    /// What a read of users came to, besides the users themselves.
    struct Summary {
        /// Where the users came from: `FILE`, or `URI under BASE`.
        let description: String
        /// Entries that could not become users; each was reported as a warning.
        let problems: Int
        /// Entries that are not users, left out without a word (an export's groups and contacts).
        let nonUsers: Int
        /// Records of an export without attributes; one warning counted them. Not users
        /// either (SPEC §3), but counted apart from `nonUsers`.
        let unreadable: Int
    }

    /// Calls `body` with each user, and handles the rest the way every command does:
    /// a warning line per entry that is not a usable user, one for all the records without
    /// attributes, search continuation references listed only when `verbose`, and a
    /// progress line for a person at a terminal.
    ///
    /// `report` receives the warning and note lines; by default they go to standard error
    /// at once (`plan` holds them until its other input is read).
    func readUsers(
        verbose: Bool,
        report: (String) -> Void = { Terminal.standardError.writeLine($0) },
        _ body: (OnPremUser) throws -> Void
    ) async throws -> Summary {
        var problems = 0
        var nonUsers = 0
        var users = 0
        var withoutAccountName = 0
        var unreadable = UnreadableEntries()
        var progress = Progress()
        defer { progress.finish() }
        let description = try await read(verbose: verbose) { event in
            switch event {
            case .user(let user):
                users += 1
                if user.outOfScope == .noSAMAccountName { withoutAccountName += 1 }
                try body(user)
                progress.advance("users")
            case .problem(let problem):
                problems += 1
                report("warning: \(problem)")
            case .reference(let urls):
                if verbose {
                    report("note: ignoring search continuation reference \(urls.joined(separator: " "))")
                }
            case .nonUser:
                nonUsers += 1
            case .unreadable(let dn):
                unreadable.add(dn)
            }
        }
        if let warning = unreadable.warning { report(warning) }
        if users > 0, withoutAccountName == users {
            // Every user out of scope for want of one attribute is an export that lacks it.
            report("warning: no user has a sAMAccountName, so the sync would take none of them (outOfScope noSAMAccountName); if the export left the attribute out, export it again with sAMAccountName")
        }
        return Summary(description: description, problems: problems, nonUsers: nonUsers, unreadable: unreadable.count)
    }

    /// Calls `body` with each event in source order; returns a description of what was read.
    func read(verbose: Bool = false, _ body: (Event) throws -> Void) async throws -> String {
        if let path = options.ldif {
            return try readExport(path, body)
        }
        return try await readDirectory(verbose: verbose, body)
    }

    private func readExport(_ path: String, _ body: (Event) throws -> Void) throws -> String {
        let name = path == "-" ? "standard input" : path
        do {
            try LDIFUserSource(path: path, allowFileURLs: options.allowFileURLs).forEach { event in
                switch event {
                case .user(let entry, let line):
                    do {
                        try body(.user(try OnPremUserMapping.map(entry)))
                    } catch let problem as OnPremUserMapping.Problem {
                        try body(.problem("\(name):\(line): \(problem)"))
                    }
                case .nonUser:
                    try body(.nonUser)
                case .unreadable(let dn, _):
                    try body(.unreadable(dn))
                case .missingObjectGUID(let dn, let line):
                    try body(.problem("\(name):\(line): \(OnPremUserMapping.Problem.missingObjectGUID(dn: dn))"))
                case .reference(let urls, _):
                    try body(.reference(urls))
                }
            }
        } catch let error as LDIFError {
            throw CommandFailure("\(name):\(error)")
        } catch let error as LDIFFileError {
            throw CommandFailure("\(error)")
        }
        return name
    }

    /// Searches each `--base` subtree (the default naming context without one); a base
    /// inside another is not searched, and a user two bases reach is given once.
    ///
    /// Each search is read over `--connections` connections at once, each a part of it
    /// (`PartitionedSearch`), when the server keeps update sequence numbers and the search
    /// is longer than a page; otherwise over the one connection.
    private func readDirectory(verbose: Bool, _ body: (Event) throws -> Void) async throws -> String {
        let ldap = options.ldap
        do {
            let configuration = try ldap.configuration(verbose: verbose)
            let connection = try await LDAPConnection.connect(configuration)
            let bases = ldap.bases.isEmpty ? [try await connection.defaultNamingContext()] : SearchBases.outermost(ldap.bases)
            var siblings: [LDAPConnection]?
            // Bases the DN comparison could not tell apart as nested still must not repeat a user.
            var seen = Set<ObjectGUID>()
            for base in bases {
                let request = UserSearch.request(base: base, filter: ldap.filter, pageSize: ldap.pageSize, rangeStep: ldap.rangeSize)
                var search = UserSearch(PagedSearch(connection: connection, request: request))
                if let partitions = try await PartitionPlanner.partitions(of: request, on: connection, connections: ldap.connections, parts: ldap.partitions) {
                    if siblings == nil { siblings = try await connection.siblings(ldap.connections - 1, configuration) }
                    if let siblings, !siblings.isEmpty {
                        search = UserSearch(PartitionedSearch(connections: [connection] + siblings, request: request, partitions: partitions, logger: configuration.logger))
                    }
                }
                for try await event in search {
                    switch event {
                    case .user(let user):
                        if bases.count > 1, !seen.insert(user.objectGUID).inserted { continue }
                        try body(.user(user))
                    case .problem(let problem): try body(.problem(problem.description))
                    case .reference(let urls): try body(.reference(urls))
                    }
                }
            }
            return "\(connection.uri) under \(bases.joined(separator: "; "))"
        } catch let error as LDAPError {
            throw CommandFailure(error.description)
        }
    }
}
