/// The cloud users of every `--cloud` file together, each id once.
///
/// Several files are the pages of one export. An id seen twice means the same page was
/// given twice or two different exports were mixed: either way the plan would count one
/// person twice, so it is an error naming both files.
public struct CloudUserSet: Sendable {
    public private(set) var users: [CloudUser] = []
    public private(set) var findings: [String] = []
    /// Properties of the extra checks (`onPremisesObjectIdentifier`, `onPremisesSyncBehavior`)
    /// some file's users lacked: the plan says those checks were not made.
    public private(set) var unchecked: [String] = []
    /// Every user's id (folded: Graph ids are GUIDs, case-insensitive), by position in `users`.
    private var positionsById = PositionTable()
    private var files: [String] = []
    /// The position in `users` of each file's first user.
    private var fileStarts: [Int] = []
    private var pagesWithNextLink: [String] = []
    private var pagesWithoutNextLink = 0

    public init() {}

    /// Why files cannot be combined.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case duplicateId(String, firstFile: String, secondFile: String)
        /// Every Graph page given says more follow: the last page is certainly missing.
        case lastPageMissing([String])

        public var description: String {
            switch self {
            case .duplicateId(let id, let first, let second):
                return first == second
                    ? "\(first): cloud user id \(id) appears twice"
                    : "cloud user id \(id) is in both \(first) and \(second) (the same page given twice, or two exports mixed?)"
            case .lastPageMissing(let files):
                return "every Graph page given has @odata.nextLink (\(files.joined(separator: ", "))): the last page is missing; export all pages and give each with --cloud"
            }
        }
    }

    /// Adds one file's users; `name` is how messages refer to the file.
    public mutating func add(_ export: CloudExport, file name: String) throws(Problem) {
        files.append(name)
        fileStarts.append(users.count)
        let added = export.users
        if users.isEmpty { positionsById = PositionTable(capacity: added.count) }
        for index in added.indices {
            let id = added[index].id
            let hash = MatchKey.foldedHash(id)
            var first: Int?
            positionsById.forEach(hash, where: { position in
                let existing = position < users.count ? users[position].id : added[position - users.count].id
                return MatchKey.foldedEqual(existing, id)
            }) { position in first = first ?? position }
            if let first {
                throw .duplicateId(id, firstFile: files[fileOfPosition(first)], secondFile: name)
            }
            positionsById.insert(hash, users.count + index)
        }
        if users.isEmpty {
            users = added
        } else {
            users.append(contentsOf: added)
        }
        findings += export.findings.map { "\(name): \($0)" }
        let missing = export.presence.missingChecks
        if !missing.isEmpty {
            findings.append("\(name): the users lack \(missing.joined(separator: " and ")); the plan does not check \(missing.count == 1 ? "it" : "them") (objectIdentifierMapped, cloudManaged) and says so")
            unchecked = Array(Set(unchecked + missing)).sorted()
        }
        if export.shape == .graphPage {
            if export.nextLink != nil {
                pagesWithNextLink.append(name)
                findings.append("\(name): the page has @odata.nextLink, so Graph had more users; the plan is complete only if every page is given with --cloud")
            } else {
                pagesWithoutNextLink += 1
            }
        }
    }

    /// The file the user at `position` came from.
    private func fileOfPosition(_ position: Int) -> Int {
        fileStarts.lastIndex { $0 <= position } ?? 0
    }

    /// Checks what can only be judged once every file is in.
    public func validate() throws(Problem) {
        if !pagesWithNextLink.isEmpty && pagesWithoutNextLink == 0 {
            throw .lastPageMissing(pagesWithNextLink)
        }
    }
}
