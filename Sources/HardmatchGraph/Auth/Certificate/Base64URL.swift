import Foundation

/// Base64url without padding (RFC 7515 §2), the encoding of every part of a JWT.
enum Base64URL {
    static func encode(_ data: some DataProtocol) -> String {
        var text = Data(data).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return String(text.map { character -> Character in
            switch character {
            case "+": return "-"
            case "/": return "_"
            default: return character
            }
        })
    }
}
