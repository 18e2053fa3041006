/// Names characters in findings so that an invisible one (a space, a tab, a no-break
/// space pasted from a web page) is still visible in the report.
enum CharacterName {
    static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n", "\r": return "a line break"
        case "\u{a0}": return "a no-break space"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7f || scalar.properties.isWhitespace {
                return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            }
            return "\"\(scalar)\""
        }
    }

    /// Describes a set of characters in the order they first appear: `a space and "("`.
    static func list(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var seen: [Unicode.Scalar] = []
        for scalar in scalars where !seen.contains(scalar) { seen.append(scalar) }
        let names = seen.map(describe)
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
