import Foundation
import HardmatchCore

/// One HTTP answer: status, headers (names lower-cased) and body.
struct HTTPResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data

    init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    var isSuccess: Bool { (200..<300).contains(status) }

    /// Graph's `{"error": {"code", "message"}}`, when the body holds one.
    var graphError: (code: String?, message: String?) {
        guard let error = JSONValue.parse(body)?["error"] else { return (nil, nil) }
        return (error["code"]?.string, error["message"]?.string)
    }
}
