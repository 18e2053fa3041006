/// Reads the few DER structures certificate credentials need: a certificate's public key and
/// a PKCS#8 key's algorithm.
///
/// Deliberately minimal (definite lengths, no tag numbers above 30); anything else is an error,
/// never a crash, because the bytes come from an administrator's file.
struct DERReader {
    struct Element {
        let tag: UInt8
        /// The tag, length and content together: what another DER parser is handed.
        let encoded: ArraySlice<UInt8>
        let content: ArraySlice<UInt8>
    }

    struct Malformed: Error {}

    static let sequence: UInt8 = 0x30
    static let integer: UInt8 = 0x02
    static let objectIdentifier: UInt8 = 0x06

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var isAtEnd: Bool { position >= bytes.endIndex }

    /// The next element's tag without reading it; nil at the end.
    var nextTag: UInt8? { isAtEnd ? nil : bytes[position] }

    mutating func read() throws(Malformed) -> Element {
        let start = position
        guard position + 2 <= bytes.endIndex else { throw Malformed() }
        let tag = bytes[position]
        guard tag & 0x1f != 0x1f else { throw Malformed() }
        var length = Int(bytes[position + 1])
        position += 2
        if length & 0x80 != 0 {
            let count = length & 0x7f
            guard count >= 1, count <= 4, position + count <= bytes.endIndex else { throw Malformed() }
            length = 0
            for byte in bytes[position..<position + count] { length = length << 8 | Int(byte) }
            position += count
        }
        guard length <= bytes.endIndex - position else { throw Malformed() }
        let content = bytes[position..<position + length]
        position += length
        return Element(tag: tag, encoded: bytes[start..<position], content: content)
    }

    /// Reads the next element and checks its tag.
    mutating func read(_ tag: UInt8) throws(Malformed) -> Element {
        let element = try read()
        guard element.tag == tag else { throw Malformed() }
        return element
    }
}
