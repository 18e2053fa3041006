import HardmatchCore

/// One search: where, what, and how many entries a page.
public struct SearchRequest: Sendable {
    public enum Scope: Sendable {
        case base
        case subtree
    }

    public var base: String
    public var scope: Scope
    public var filter: String
    public var attributes: [String]
    /// Entries per page with the paged-results control; nil sends no control.
    public var pageSize: Int?
    /// Values per continuation request when an attribute comes back ranged
    /// (`attr;range=0-1499`); nil asks for the rest (`low-*`) and lets the server cut.
    public var rangeStep: Int?

    public init(base: String, scope: Scope = .subtree, filter: String = "(objectClass=*)", attributes: [String], pageSize: Int? = 1000, rangeStep: Int? = nil) {
        self.base = base
        self.scope = scope
        self.filter = filter
        self.attributes = attributes
        self.pageSize = pageSize
        self.rangeStep = rangeStep
    }
}

/// What a search returns besides entries.
public enum SearchItem: Sendable {
    case entry(DirectoryEntry)
    /// A search continuation reference (AD returns one for CN=Configuration): not data.
    case reference([String])
}

