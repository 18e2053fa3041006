import Foundation
import HardmatchCore
import Logging

/// The Microsoft Graph calls hardmatch makes: read users and role holders, write ImmutableIds.
///
/// Every call retries throttling, server errors and dropped connections as `RetryPolicy`
/// says, and fails with a `GraphError` that carries Graph's own code and message.
public struct GraphClient: Sendable {
    let transport: GraphTransport
    let batches: BatchSender

    public init(configuration: GraphConfiguration) {
        transport = GraphTransport(configuration: configuration)
        batches = BatchSender(transport: transport)
    }

    /// The page size asked for; Graph's maximum for users.
    public static let pageSize = 999

    /// The requests one `$batch` call holds, Graph's maximum: the unit of batched reads and writes.
    public static let requestsPerBatch = BatchSender.maxRequests

    /// Where the client logs, for the code that drives it (`GraphConfiguration.logger`).
    public var logger: Logger { transport.configuration.logger }

    // MARK: - Reading users

    /// Calls `body` with each page of `GET /v1.0/users`, following `@odata.nextLink` to the end.
    ///
    /// A page Graph cannot deliver ends the listing with an error, never a shorter list.
    /// `select` is the `$select` list (`CloudUser.graphSelect` unless a command needs more).
    public func forEachUserPage(select: String = CloudUser.graphSelect, _ body: (GraphUserPage) async throws -> Void) async throws {
        var next: String? = "/v1.0/users?$select=\(select)&$top=\(Self.pageSize)"
        var seenLinks: Set<String> = []
        while let link = next {
            let response = try await transport.send("GET", link)
            let page: CloudExport
            do {
                page = try CloudExportReader.read(Array(response.body))
            } catch {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users", reason: "a page is not a page of users: \(error)")
            }
            guard page.shape == .graphPage else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users", reason: "a page has no \"value\" array")
            }
            try await body(GraphUserPage(users: page.users, body: response.body))
            next = page.nextLink
            if let link = next, !seenLinks.insert(link).inserted {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users", reason: "the paging link repeats itself; the listing would never end")
            }
        }
    }

    /// Every user of the tenant.
    public func users() async throws -> [CloudUser] {
        var all: [CloudUser] = []
        try await forEachUserPage { all += $0.users }
        return all
    }

    /// Many users by id, 20 to a batch: for each id the user, nil when it does not exist, or
    /// the error Graph gave for that one read. Throws when a batch call itself fails.
    public func users(ids: [String]) async throws -> [String: Result<CloudUser?, GraphError>] {
        var results: [String: Result<CloudUser?, GraphError>] = [:]
        for chunk in Self.chunks(of: Array(Set(ids)).sorted()) {
            let requests = chunk.enumerated().map { index, id in
                BatchRequest(id: String(index + 1), method: "GET", path: "/users/\(Self.segment(id))?$select=\(CloudUser.graphSelect)", body: nil)
            }
            let answers = try await batches.send(requests)
            for (request, id) in zip(requests, chunk) {
                switch answers[request.id] {
                case .success(_, let body)?:
                    if let body, let user = CloudUser(graph: body) {
                        results[id] = .success(user)
                    } else {
                        results[id] = .failure(.invalidResponse(method: "GET", path: "/v1.0/users/\(id)", reason: "the answer is not a user object"))
                    }
                case .failure(let error)? where error.status == 404:
                    results[id] = .success(nil)
                case .failure(let error)?:
                    results[id] = .failure(error)
                case nil:
                    results[id] = .failure(.invalidResponse(method: "GET", path: "/v1.0/users/\(id)", reason: "no answer in the batch"))
                }
            }
        }
        return results
    }

    // MARK: - Writing

    /// Sets many users' `onPremisesImmutableId`, 20 to a batch: for each user id, the HTTP
    /// status of its write or the error Graph gave for it. Throws when a batch call itself fails.
    public func setImmutableIds(_ changes: [ImmutableIdChange]) async throws -> [String: Result<Int, GraphError>] {
        var results: [String: Result<Int, GraphError>] = [:]
        for chunk in Self.chunks(of: changes) {
            let requests = chunk.enumerated().map { index, change in
                BatchRequest(id: String(index + 1), method: "PATCH", path: "/users/\(Self.segment(change.userID))", body: Self.patchBody(change.value))
            }
            let answers = try await batches.send(requests)
            for (request, change) in zip(requests, chunk) {
                switch answers[request.id] {
                case .success(let status, _)?: results[change.userID] = .success(status)
                case .failure(let error)?: results[change.userID] = .failure(error)
                case nil: results[change.userID] = .failure(.invalidResponse(method: "PATCH", path: "/v1.0/users/\(change.userID)", reason: "no answer in the batch"))
                }
            }
        }
        return results
    }

    // MARK: - Helpers

    func json(_ method: String, _ path: String) async throws -> JSONValue {
        let response = try await transport.send(method, path)
        guard let value = JSONValue.parse(response.body) else {
            throw GraphError.invalidResponse(method: method, path: path, reason: "the body is not JSON")
        }
        return value
    }

    private static func patchBody(_ value: String?) -> JSONValue {
        .object(["onPremisesImmutableId": value.map(JSONValue.string) ?? .null])
    }

    /// An id or UPN as one URL path segment (a guest's UPN holds `#`).
    static func segment(_ id: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~@")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }

    static func chunks<Element>(of elements: [Element]) -> [ArraySlice<Element>] {
        stride(from: 0, to: elements.count, by: BatchSender.maxRequests).map {
            elements[$0..<min($0 + BatchSender.maxRequests, elements.count)]
        }
    }
}
