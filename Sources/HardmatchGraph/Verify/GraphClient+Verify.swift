import Foundation
import HardmatchCore

/// The reads of `verify`: the cloud users a plan names, and those that carry its anchors,
/// with `onPremisesProvisioningErrors` (SPEC §7a).
extension GraphClient {
    /// The users with these ids and those that carry these anchors, read in `$batch` calls
    /// of 20, each user once.
    ///
    /// A read Graph cannot answer fails the whole call: a user left out would be reported
    /// as deleted. A user that does not exist is simply absent.
    public func verifyUsers(ids: [String], anchors: [String]) async throws -> [CloudUser] {
        try await batchReads(ids.map(Read.id) + anchors.map(Read.anchor))
    }

    /// One read inside a batch.
    enum Read: Sendable {
        case id(String)
        case anchor(String)

        var path: String {
            switch self {
            case .id(let id):
                return "/users/\(GraphClient.segment(id))?$select=\(CloudUser.verifySelect)"
            case .anchor(let anchor):
                let filter = "onPremisesImmutableId eq '\(anchor.replacingOccurrences(of: "'", with: "''"))'"
                let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
                return "/users?$filter=\(filter.addingPercentEncoding(withAllowedCharacters: allowed) ?? filter)&$select=\(CloudUser.verifySelect)"
            }
        }
    }

    private func batchReads(_ reads: [Read]) async throws -> [CloudUser] {
        var users: [CloudUser] = []
        // A user found by id is often found again by its anchor: each is kept once.
        var seen: Set<String> = []
        for chunk in Self.chunks(of: reads) {
            let requests = chunk.enumerated().map { index, read in
                BatchRequest(id: String(index + 1), method: "GET", path: read.path, body: nil)
            }
            let answers = try await batches.send(requests)
            for (request, read) in zip(requests, chunk) {
                switch answers[request.id] {
                case .success(_, let body)?:
                    for user in try Self.users(in: body, read: read) where seen.insert(user.id).inserted { users.append(user) }
                case .failure(let error)? where error.status == 404:
                    if case .anchor = read { throw error }
                case .failure(let error)?:
                    throw error
                case nil:
                    throw GraphError.invalidResponse(method: "GET", path: "/v1.0" + request.path, reason: "no answer in the batch")
                }
            }
        }
        return users
    }

    /// The user of a read by id, or the users of a `$filter` page.
    private static func users(in body: JSONValue?, read: Read) throws -> [CloudUser] {
        let invalid = GraphError.invalidResponse(method: "GET", path: "/v1.0" + read.path, reason: "the answer is not a user or a page of users")
        guard let body else { throw invalid }
        switch read {
        case .id:
            guard let user = CloudUser(graph: body) else { throw invalid }
            return [user]
        case .anchor:
            guard let export = try? CloudExportReader.read(body.serialized), export.shape == .graphPage else { throw invalid }
            return export.users
        }
    }
}
