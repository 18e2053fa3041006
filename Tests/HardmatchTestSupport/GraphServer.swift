import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `scripts/test-servers/graph_server.py`: a local Microsoft Graph with a user store, fault
/// injection, and control endpoints that tell the tests what the server really holds and saw.
public final class GraphServer: @unchecked Sendable {
    /// The bearer token the server accepts without a token request.
    public static let token = "test-token"
    public static let clientID = "test-client"
    public static let clientSecret = "test-secret"

    private let server: ScriptServer
    private let usersFile: URL

    /// Starts the server with `users` (Graph user objects), the role assignments and
    /// eligibilities given as display name to member ids (users or `groups`), the groups as
    /// id to member ids, the tenant's sync `features` (nil: reading them is refused, as for
    /// app-only credentials), and path prefixes answered 403; `arguments` are the script's
    /// fault and paging flags.
    public init(
        users: [[String: Any]], roles: [String: [String]] = [:], eligible: [String: [String]] = [:],
        groups: [String: [String]] = [:], features: [String: Bool]? = nil, forbidden: [String] = [], arguments: [String] = []
    ) throws {
        usersFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-graph-users-\(UUID().uuidString).json")
        var document: [String: Any] = [
            "users": users,
            "roles": roles.sorted { $0.key < $1.key }.map { ["displayName": $0.key, "members": $0.value] },
            "eligible": eligible.sorted { $0.key < $1.key }.map { ["displayName": $0.key, "members": $0.value] },
            "groups": groups,
            "forbidden": forbidden,
        ]
        if let features { document["features"] = features }
        try JSONSerialization.data(withJSONObject: document).write(to: usersFile)
        server = try ScriptServer("graph_server.py", [usersFile.path] + arguments)
    }

    deinit {
        stop()
    }

    public func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: usersFile)
    }

    public var url: String { "http://127.0.0.1:\(server.port)" }

    /// The variable the tests hand the token to the binary in: never argv.
    public static let tokenVariable = "HARDMATCH_TEST_GRAPH_TOKEN"

    /// `hardmatch` arguments that reach this server with the test token.
    public var arguments: [String] { ["--graph-url", url, "--token-env", Self.tokenVariable] }

    public var environment: [String: String] { [Self.tokenVariable: Self.token] }

    // MARK: - Control

    /// Every user the server holds, with every property, keyed by id.
    public func users() throws -> [String: [String: Any]] {
        let state = try control("GET", "/_control/state")
        let list = state["users"] as? [[String: Any]] ?? []
        return Dictionary(list.compactMap { user in (user["id"] as? String).map { ($0, user) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The request log: `http` (HTTP requests by "METHOD /path"), `operations` (Graph calls,
    /// those inside batches included), `patches` (writes applied, by user id), `patchesReceived`.
    public func log() throws -> [String: Any] {
        try control("GET", "/_control/log")
    }

    /// HTTP requests the server received for "METHOD /path" (`{id}` for a user id).
    public func httpCount(_ key: String) throws -> Int {
        (try log()["http"] as? [String: Any])?[key] as? Int ?? 0
    }

    /// Writes the server applied to each user.
    public func patches() throws -> [String: Int] {
        (try log()["patches"] as? [String: Any])?.compactMapValues { $0 as? Int } ?? [:]
    }

    /// Merges `faults` into the server's fault settings and restarts its request numbering.
    public func setFaults(_ faults: [String: Any]) throws {
        _ = try control("POST", "/_control/faults", body: faults)
    }

    /// Changes a user's properties without the request counting as a Graph call.
    public func change(user id: String, _ properties: [String: Any]) throws {
        var body = properties
        body["id"] = id
        _ = try control("POST", "/_control/user", body: body)
    }

    /// Simulates an Entra Connect sync run (`POST /_control/sync`): `join` gives cloud users
    /// (by id) an anchor and `onPremisesSyncEnabled` true, `create` adds synchronised users,
    /// `errors` sets users' `onPremisesProvisioningErrors` (`[]` clears), `delete` removes users.
    public func simulateSync(
        join: [String: String] = [:], create: [[String: Any]] = [], errors: [String: [[String: Any]]] = [:], delete: [String] = []
    ) throws {
        _ = try control("POST", "/_control/sync", body: ["join": join, "create": create, "errors": errors, "delete": delete])
    }

    private func control(_ method: String, _ path: String, body: [String: Any]? = nil) throws -> [String: Any] {
        var request = URLRequest(url: URL(string: url + path)!)
        request.httpMethod = method
        if let body { request.httpBody = try JSONSerialization.data(withJSONObject: body) }
        let data = try Self.synchronous(request)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ControlError.unreadable(path)
        }
        return object
    }

    private static func synchronous(_ request: URLRequest) throws -> Data {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, _, error in
            box.result = data.map { .success($0) } ?? .failure(error ?? ControlError.unreadable(request.url?.path ?? ""))
            semaphore.signal()
        }.resume()
        semaphore.wait()
        return try box.result?.get() ?? Data()
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<Data, Error>?
    }

    public enum ControlError: Error {
        case unreadable(String)
    }
}
