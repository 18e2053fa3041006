/// An attribute description with a `;range=low-high` option, as AD returns large
/// multi-valued attributes (`proxyAddresses;range=0-1499`).
struct RangedAttribute: Equatable {
    /// The attribute name without options.
    let name: String
    let low: Int
    /// nil when the range ends in `*`: these are the last values.
    let high: Int?

    /// Splits `name;option;...` into the base name and its range, if any.
    static func parse(_ description: String) -> (name: String, range: RangedAttribute?) {
        // Almost every attribute has no options: skip the split for them.
        guard description.utf8.contains(UInt8(ascii: ";")) else { return (description, nil) }
        let parts = description.split(separator: ";", omittingEmptySubsequences: false)
        let name = String(parts[0])
        for option in parts.dropFirst() where option.lowercased().hasPrefix("range=") {
            let bounds = option.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard bounds.count == 2, let low = Int(bounds[0]) else { continue }
            if bounds[1] == "*" {
                return (name, RangedAttribute(name: name, low: low, high: nil))
            }
            if let high = Int(bounds[1]) {
                return (name, RangedAttribute(name: name, low: low, high: high))
            }
        }
        return (name, nil)
    }

    /// The first value after a range that ends at `high`; nil when a server's `high` is
    /// so large (`;range=0-9223372036854775807`) that no value can follow it.
    static func nextLow(after high: Int) -> Int? {
        let (next, overflow) = high.addingReportingOverflow(1)
        return overflow ? nil : next
    }

    /// The attribute description that asks for the values after these.
    static func request(_ name: String, from low: Int, step: Int?) -> String {
        if let step, step >= 1 {
            let (high, overflow) = low.addingReportingOverflow(step - 1)
            if !overflow { return "\(name);range=\(low)-\(high)" }
        }
        return "\(name);range=\(low)-*"
    }
}
