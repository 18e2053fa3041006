/// Standard base64 (RFC 4648 §4, with padding), strict both ways.
///
/// Strict on purpose: Entra compares ImmutableIds as strings, so a value that decodes to
/// the right bytes but is not their canonical encoding (stray bits in the last character,
/// missing padding) would never hard-match and must be caught, not normalised silently.
public enum Base64 {
    @usableFromInline static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    @usableFromInline static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Encodes bytes as standard padded base64.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output = [UInt8]()
        encode(bytes, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the base64 of `bytes` to `output`, for writers that build one buffer.
    @inlinable
    public static func encode(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + (bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let chunk = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(chunk >> 18 & 0x3f)])
            output.append(alphabet[Int(chunk >> 12 & 0x3f)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(chunk >> 6 & 0x3f)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(chunk & 0x3f)])
        }
    }

    /// Decodes strict padded base64; nil when any character, the padding or the length is wrong.
    @inlinable
    public static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 4 == 0 else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(text.count / 4 * 3)
        var quad: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var position = 0
        var padding = 0
        let total = text.count
        for byte in text {
            let value: UInt8
            if byte == UInt8(ascii: "=") {
                // Padding only in the last two places, and nothing real after it.
                guard position >= total - 2 else { return nil }
                padding += 1
                value = 0
            } else {
                guard padding == 0 else { return nil }
                value = decodeTable[Int(byte)]
                guard value != 0xff else { return nil }
            }
            switch position % 4 {
            case 0: quad.0 = value
            case 1: quad.1 = value
            case 2: quad.2 = value
            default:
                quad.3 = value
                output.append(quad.0 << 2 | quad.1 >> 4)
                output.append(quad.1 << 4 | quad.2 >> 2)
                output.append(quad.2 << 6 | quad.3)
            }
            position += 1
        }
        output.removeLast(padding)
        return output
    }
}
