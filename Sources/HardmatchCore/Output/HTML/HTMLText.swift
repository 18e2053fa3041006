/// Appends HTML to a byte buffer, escaping every value that did not come from hardmatch.
///
/// Directory and cloud values (a `displayName` of `<script>alert(1)</script>`) reach the page
/// only through `text(_:)` (element content and attribute values) or `scriptString(_:)`
/// (the table's data inside a `<script type="application/json">` block), so no value can
/// open an element, close the data block or run as script.
public struct HTMLText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Removes the text written so far, keeping the buffer's capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: - Markup

    /// Markup written by hardmatch itself: never pass a value from the directory or the cloud.
    public mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// A value as element content or inside a double- or single-quoted attribute.
    public mutating func text(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            default: bytes.append(byte)
            }
        }
    }

    /// `<tag class="...">value</tag>` with the value escaped.
    public mutating func element(_ tag: String, _ value: String, attributes: String = "") {
        raw("<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>")
        text(value)
        raw("</\(tag)>")
    }

    /// A number: digits only, nothing to escape.
    public mutating func number(_ value: Int) {
        raw(String(value))
    }

    // MARK: - Data for the script

    /// A JSON string literal that is also safe inside `<script>`: besides what JSON needs,
    /// `<`, `>` and `&` are written as `\u003c` and the like (no `</script>` can end the
    /// block early), and U+2028/U+2029 as escapes (older parsers end a line there).
    public mutating func scriptString(_ value: String?) {
        guard let value else {
            raw("null")
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                raw(Self.unicodeEscape(scalar.value))
            default:
                if scalar.value < 0x20 {
                    raw(Self.unicodeEscape(scalar.value))
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
