/// The one table of all entries: columns, the columns offered as filters, and the rows.
///
/// Rows are produced on demand by `row(_:)` and written as JSON data the page's script
/// renders, so that a plan of a million entries is never held as a second copy of strings
/// and the browser builds only the rows a person looks at.
public struct HTMLTable: Sendable {
    public var columns: [String]
    /// Indices of the columns that get a drop-down filter (outcome, reason, severity, rule).
    public var facets: [Int]
    public var count: Int
    public var row: @Sendable (Int) -> [String?]

    public init(columns: [String], facets: [Int], count: Int, row: @escaping @Sendable (Int) -> [String?]) {
        self.columns = columns
        self.facets = facets
        self.count = count
        self.row = row
    }
}
