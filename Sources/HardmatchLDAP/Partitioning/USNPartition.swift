/// One part of a search split by `uSNCreated`: the entries created within a range of the
/// server's update sequence numbers.
///
/// `uSNCreated` is the server's counter at the moment the object was created there. It
/// never changes afterwards (a rename, a move or an edit leaves it be), so an object that is
/// modified while the parts are read stays in its part, and parts whose ranges do not overlap
/// never return the same object twice. The numbers belong to one server: every part of a
/// read goes to the server the first connection reached.
public struct USNPartition: Sendable, Hashable, CustomStringConvertible {
    /// The lowest `uSNCreated` of the part; nil for no lower bound.
    public var lowest: Int64?
    /// The highest `uSNCreated` of the part; nil for no upper bound (the objects created
    /// after the read began land here).
    public var highest: Int64?
    /// Also takes the entries without a readable `uSNCreated`, which no range holds: an
    /// account denied that attribute on some objects still reads every one of them once.
    public var takesEntriesWithoutUSN: Bool

    public init(lowest: Int64?, highest: Int64?, takesEntriesWithoutUSN: Bool = false) {
        self.lowest = lowest
        self.highest = highest
        self.takesEntriesWithoutUSN = takesEntriesWithoutUSN
    }

    /// True when an object created at `usn` (nil: none readable) belongs to this part.
    public func contains(_ usn: Int64?) -> Bool {
        guard let usn else { return takesEntriesWithoutUSN }
        return (lowest.map { usn >= $0 } ?? true) && (highest.map { usn <= $0 } ?? true)
    }

    /// `filter` narrowed to this part.
    public func filter(narrowing filter: String) -> String {
        var bounds: [String] = []
        if let lowest { bounds.append("(uSNCreated>=\(lowest))") }
        if let highest { bounds.append("(uSNCreated<=\(highest))") }
        var part: String
        switch bounds.count {
        case 0: part = "(uSNCreated=*)"
        case 1: part = bounds[0]
        default: part = "(&\(bounds.joined()))"
        }
        if takesEntriesWithoutUSN {
            part = bounds.isEmpty ? "" : "(|(!(uSNCreated=*))\(part))"
        }
        let whole = filter.hasPrefix("(") ? filter : "(\(filter))"
        return part.isEmpty ? whole : "(&\(whole)\(part))"
    }

    public var description: String {
        let range = "uSNCreated \(lowest.map(String.init) ?? "…")–\(highest.map(String.init) ?? "…")"
        return takesEntriesWithoutUSN ? "\(range) and entries without one" : range
    }
}
