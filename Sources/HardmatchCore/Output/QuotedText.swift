/// Quotes a value from the input for an error message.
///
/// Control characters are shown escaped and long values cut short, so one bad line
/// (a binary file piped in, a 1 MB line) cannot flood a terminal or hide the message.
public enum QuotedText {
    public static func quote(_ value: String, limit: Int = 80) -> String {
        var shown = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit { break }
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case "\"": shown += "\\\""
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        let total = value.unicodeScalars.count
        return total > limit ? "\"\(shown)…\" (\(total) characters)" : "\"\(shown)\""
    }
}
