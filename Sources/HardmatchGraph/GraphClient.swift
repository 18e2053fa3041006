import Foundation
import HardmatchCore

/// The Microsoft Graph calls hardmatch makes: read users and role holders, write ImmutableIds.
///
/// Every call retries throttling, server errors and dropped connections as `RetryPolicy`
/// says, and fails with a `GraphError` that carries Graph's own code and message.
public struct GraphClient: Sendable {
    let transport: GraphTransport
    private let batches: BatchSender

    public init(configuration: GraphConfiguration) {
        transport = GraphTransport(configuration: configuration)
        batches = BatchSender(transport: transport)
    }

    /// The page size asked for; Graph's maximum for users.
    static let pageSize = 999

    // MARK: - Reading users

    /// Calls `body` with each page of `GET /v1.0/users`, following `@odata.nextLink` to the end.
    ///
    /// A page Graph cannot deliver ends the listing with an error, never a shorter list.
    public func forEachUserPage(_ body: (GraphUserPage) async throws -> Void) async throws {
        var next: String? = "/v1.0/users?$select=\(CloudUser.graphSelect)&$top=\(Self.pageSize)"
        var seenLinks: Set<String> = []
        while let link = next {
            let response = try await transport.send("GET", link)
            guard let page = JSONValue.parse(response.body), let values = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users", reason: "a page has no \"value\" array")
            }
            var users: [CloudUser] = []
            users.reserveCapacity(values.count)
            for value in values {
                guard let user = CloudUser(graph: value) else {
                    throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users", reason: "a user on a page has no id")
                }
                users.append(user)
            }
            try await body(GraphUserPage(users: users, body: response.body))
            next = page["@odata.nextLink"]?.string
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

    /// One user by object id or UPN; nil when Graph says it does not exist.
    public func user(id: String) async throws -> CloudUser? {
        do {
            let response = try await transport.send("GET", "/v1.0/users/\(Self.segment(id))?$select=\(CloudUser.graphSelect)")
            guard let json = JSONValue.parse(response.body), let user = CloudUser(graph: json) else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users/\(id)", reason: "the answer is not a user object")
            }
            return user
        } catch GraphError.service(let status, _, _, _, _) where status == 404 {
            return nil
        }
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

    // MARK: - Roles

    /// Every holder of an activated directory role (`GET /v1.0/directoryRoles?$expand=members`).
    ///
    /// Graph expands at most 20 members of a directory object; a role that shows 20 or more
    /// is read again through its own paged `members` list, so no administrator is missed.
    public func administrators() async throws -> [DirectoryRoleMember] {
        var members: [DirectoryRoleMember] = []
        var next: String? = "/v1.0/directoryRoles?$expand=members"
        while let link = next {
            let page = try await json("GET", link)
            guard let roles = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/directoryRoles", reason: "no \"value\" array")
            }
            for role in roles {
                let name = role["displayName"]?.string
                var expanded = role["members"]?.array ?? []
                if expanded.count >= 20, let roleID = role["id"]?.string {
                    expanded = try await roleMembers(roleID: roleID)
                }
                members += expanded.compactMap { member in
                    member["id"]?.string.map { DirectoryRoleMember(id: $0, userPrincipalName: member["userPrincipalName"]?.string, roleName: name) }
                }
            }
            next = page["@odata.nextLink"]?.string
        }
        return members
    }

    private func roleMembers(roleID: String) async throws -> [JSONValue] {
        var all: [JSONValue] = []
        var next: String? = "/v1.0/directoryRoles/\(Self.segment(roleID))/members"
        while let link = next {
            let page = try await json("GET", link)
            guard let values = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/directoryRoles/\(roleID)/members", reason: "no \"value\" array")
            }
            all += values
            next = page["@odata.nextLink"]?.string
        }
        return all
    }

    // MARK: - Writing

    /// Sets (or, with nil, clears) one user's `onPremisesImmutableId`.
    public func setImmutableId(_ value: String?, forUser id: String) async throws {
        _ = try await transport.send("PATCH", "/v1.0/users/\(Self.segment(id))", body: Self.patchBody(value))
    }

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

    private func json(_ method: String, _ path: String) async throws -> JSONValue {
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
