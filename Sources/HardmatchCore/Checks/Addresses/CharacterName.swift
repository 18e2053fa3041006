/// Names characters in findings so that an invisible one (a space, a tab, a no-break
/// space pasted from a web page, a zero-width space) is still visible in the report.
enum CharacterName {
    static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n", "\r": return "a line break"
        case "\u{a0}": return "a no-break space"
        default:
            guard isInvisible(scalar) else { return "\"\(scalar)\"" }
            let code = codePoint(scalar)
            guard let name = scalar.properties.name ?? scalar.properties.nameAlias else { return code }
            return "\(code) (\(name.lowercased()))"
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

    /// `U+200B`: how a character that cannot be seen is written in a report.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// True for a character a person cannot see or tell apart when it is printed between
    /// quotes: controls, whitespace, format characters (zero-width space, joiners, the byte
    /// order mark, direction marks), default-ignorable ones (variation selectors, soft
    /// hyphen), combining marks with nothing to combine with, private-use, unassigned and
    /// surrogate code points, and U+FFFD, which stands in for bytes that were not text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value <= 0x20 || scalar.value == 0x7f }
        if scalar == "\u{fffd}" { return true }
        let properties = scalar.properties
        if properties.isWhitespace || properties.isDefaultIgnorableCodePoint { return true }
        switch properties.generalCategory {
        case .control, .format, .privateUse, .unassigned, .surrogate,
             .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .nonspacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
