/// Measures of text taken on its UTF-8 bytes, for the hot paths of `check`: the same
/// answers as the `Character` and `Unicode.Scalar` views, at the cost of one pass over bytes.
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

extension StringProtocol {
    /// Calls `body` with the UTF-8 bytes when they are ASCII and contiguous; nil otherwise,
    /// and the caller takes its Unicode path.
    func withASCII<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let result: Result?? = utf8.withContiguousStorageIfAvailable { bytes in
            ASCIIBytes.isASCII(bytes) ? body(bytes) : nil
        }
        return result ?? nil
    }

    /// `unicodeScalars.count`: the bytes that do not continue a scalar (valid UTF-8, as every
    /// `String` is, starts each scalar with a byte outside 0x80–0xBF).
    var scalarCount: Int {
        let counted: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return counted ?? unicodeScalars.count
    }
}
