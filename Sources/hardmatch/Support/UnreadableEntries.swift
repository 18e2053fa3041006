/// The records of an export that had no attributes, for one warning line at the end.
///
/// A whole-domain export holds dozens (objects the exporting account could not read): a
/// line each would bury the warnings that matter, and none at all would hide that a user
/// might be among them. So they are counted, and the first few named.
struct UnreadableEntries {
    /// How many DNs the warning names.
    static let named = 3

    private(set) var count = 0
    private var first: [String] = []

    mutating func add(_ dn: String) {
        count += 1
        if first.count < Self.named { first.append(dn) }
    }

    /// `warning: 31 entries have no attributes ...`, or nil when there were none.
    var warning: String? {
        guard count > 0 else { return nil }
        let names = first.map { "\"\($0)\"" }.joined(separator: ", ") + (count > first.count ? " and \(count - first.count) more" : "")
        let subject = count == 1 ? "1 entry has" : "\(count) entries have"
        return "warning: \(subject) no attributes (the exporting account could not read \(count == 1 ? "it" : "them")) and \(count == 1 ? "is" : "are") not taken as users: \(names)"
    }
}
