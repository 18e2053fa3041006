/// A section of entries that share a reason (plan) or a rule (check), with what to do.
///
/// `items` are the first entries, one line each; `total` counts all of them, so a group of
/// 40,000 findings stays readable and printable while the table below holds every entry.
public struct HTMLGroup: Sendable, Equatable {
    /// The machine name (`anchorMismatch`, `upnCharacter`): `data-key` and the table filter.
    public var key: String
    public var title: String
    public var remedy: String
    public var tone: HTMLTone
    public var total: Int
    public var items: [String]

    public init(key: String, title: String, remedy: String, tone: HTMLTone, total: Int, items: [String]) {
        self.key = key
        self.title = title
        self.remedy = remedy
        self.tone = tone
        self.total = total
        self.items = items
    }

    /// The most items a group lists; the rest are in the table.
    public static let itemLimit = 200
}
