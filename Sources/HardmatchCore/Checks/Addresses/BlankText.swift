extension String {
    /// True when every character is whitespace (or there is none): `allSatisfy(\.isWhitespace)`,
    /// decided on the bytes when they are ASCII.
    ///
    /// In ASCII the whitespace characters are tab to carriage return and the space (a
    /// CR LF pair is one whitespace `Character`).
    var isBlank: Bool {
        let ascii: Bool?? = utf8.withContiguousStorageIfAvailable { bytes in
            var blank = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20 && !(0x09...0x0d).contains(byte) { blank = false }
            }
            return blank
        }
        if let ascii = ascii ?? nil { return ascii }
        return allSatisfy(\.isWhitespace)
    }
}
