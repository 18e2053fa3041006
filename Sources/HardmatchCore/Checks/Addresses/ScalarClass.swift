extension Unicode.Scalar {
    /// Whitespace or a control character: never valid in a name or an address.
    ///
    /// ASCII is decided without the Unicode property tables, which cost more than the rest
    /// of a check on the millions of plain-ASCII values a directory holds.
    var isSpaceOrControl: Bool {
        if value < 0x80 { return value <= 0x20 || value == 0x7f }
        return properties.isWhitespace || (0x80...0x9f).contains(value)
    }
}
