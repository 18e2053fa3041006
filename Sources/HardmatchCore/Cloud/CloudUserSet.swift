/// The cloud users of every `--cloud` file together, each id once.
///
/// Several files are the pages of one export. An id seen twice means the same page was
/// given twice or two different exports were mixed: either way the plan would count one
/// person twice, so it is an error naming both files.
public struct CloudUserSet: Sendable {
    public private(set) var users: [CloudUser] = []
    public private(set) var findings: [String] = []
    /// Where each id (folded: Graph ids are GUIDs, case-insensitive) was first seen.
    private var fileOfId: [String: Int] = [:]
    private var files: [String] = []
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
        let fileNumber = files.count
        files.append(name)
        users.reserveCapacity(users.count + export.users.count)
        for user in export.users {
            let key = MatchKey.folded(user.id)
            if let first = fileOfId[key] {
                throw .duplicateId(user.id, firstFile: files[first], secondFile: name)
            }
            fileOfId[key] = fileNumber
            users.append(user)
        }
        findings += export.findings.map { "\(name): \($0)" }
        if export.shape == .graphPage {
            if export.nextLink != nil {
                pagesWithNextLink.append(name)
                findings.append("\(name): the page has @odata.nextLink, so Graph had more users; the plan is complete only if every page is given with --cloud")
            } else {
                pagesWithoutNextLink += 1
            }
        }
    }

    /// Checks what can only be judged once every file is in.
    public func validate() throws(Problem) {
        if !pagesWithNextLink.isEmpty && pagesWithoutNextLink == 0 {
            throw .lastPageMissing(pagesWithNextLink)
        }
    }
}
