import HardmatchCore
/// One request inside a JSON batch (`POST /v1.0/$batch`).
struct BatchRequest: Sendable {
    /// Unique within its batch; Graph's answers come back in any order and are matched by it.
    let id: String
    let method: String
    /// Relative to the version root: `/users/{id}?$select=...`.
    let path: String
    let body: JSONValue?

    var json: JSONValue {
        var members: [String: JSONValue] = ["id": .string(id), "method": .string(method), "url": .string(path)]
        if let body {
            members["body"] = body
            members["headers"] = .object(["Content-Type": .string("application/json")])
        }
        return .object(members)
    }
}
