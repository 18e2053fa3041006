import HardmatchCore

/// Reading what the plan needs besides the users: the tenant's sync features, and the two
/// per-user facts v1.0's user listing does not return.
extension GraphClient {
    /// `GET /v1.0/directory/onPremisesSynchronization`, read by Core's reader (the one
    /// `--sync-features FILE` uses). Only a delegated Global Administrator may read it:
    /// app-only credentials get a 403, which the caller reports.
    public func syncFeatures() async throws -> SyncFeatures {
        let path = "/v1.0/directory/onPremisesSynchronization"
        let response = try await transport.send("GET", path)
        do {
            return try SyncFeaturesReader.read(Array(response.body))
        } catch {
            throw GraphError.invalidResponse(method: "GET", path: path, reason: error.description)
        }
    }

    /// Every user's `onPremisesObjectIdentifier` (only `/beta` returns it), by id; users
    /// without one are absent.
    public func objectIdentifiers() async throws -> [String: String] {
        var identifiers: [String: String] = [:]
        var next: String? = "/beta/users?$select=id,onPremisesObjectIdentifier&$top=\(Self.pageSize)"
        var seenLinks: Set<String> = []
        while let link = next {
            let page = try await json("GET", link)
            guard let values = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: "/beta/users", reason: "a page has no \"value\" array")
            }
            for value in values {
                if let id = value["id"]?.string, let identifier = value["onPremisesObjectIdentifier"]?.string, !identifier.isEmpty {
                    identifiers[id] = identifier
                }
            }
            next = page["@odata.nextLink"]?.string
            if let link = next, !seenLinks.insert(link).inserted {
                throw GraphError.invalidResponse(method: "GET", path: "/beta/users", reason: "the paging link repeats itself; the listing would never end")
            }
        }
        return identifiers
    }

    /// `onPremisesSyncBehavior.isCloudManaged` of these users, 20 to a batch. Throws the
    /// first error Graph gave for any of them: a fact missing for one user is missing.
    public func cloudManaged(ids: [String]) async throws -> [String: Bool] {
        var managed: [String: Bool] = [:]
        for chunk in Self.chunks(of: Array(Set(ids)).sorted()) {
            let requests = chunk.enumerated().map { index, id in
                BatchRequest(id: String(index + 1), method: "GET", path: "/users/\(Self.segment(id))/onPremisesSyncBehavior?$select=isCloudManaged", body: nil)
            }
            let answers = try await batches.send(requests)
            for (request, id) in zip(requests, chunk) {
                switch answers[request.id] {
                case .success(_, let body)?:
                    managed[id] = body?["isCloudManaged"]?.bool ?? false
                case .failure(let error)?:
                    throw error
                case nil:
                    throw GraphError.invalidResponse(method: "GET", path: "/v1.0/users/\(id)/onPremisesSyncBehavior", reason: "no answer in the batch")
                }
            }
        }
        return managed
    }
}

extension GraphClient {
    /// The two facts `apply` checks besides v1.0's properties, per user: its
    /// `onPremisesObjectIdentifier` (beta) and `onPremisesSyncBehavior.isCloudManaged`, read
    /// in `/beta/$batch` calls of 10 users (two requests each).
    public func hardeningFacts(ids: [String]) async throws -> [String: Result<HardeningFacts, GraphError>] {
        var results: [String: Result<HardeningFacts, GraphError>] = [:]
        let sorted = Array(Set(ids)).sorted()
        for start in stride(from: 0, to: sorted.count, by: BatchSender.maxRequests / 2) {
            let chunk = sorted[start..<min(start + BatchSender.maxRequests / 2, sorted.count)]
            var requests: [BatchRequest] = []
            for (index, id) in chunk.enumerated() {
                requests.append(BatchRequest(id: "u\(index)", method: "GET", path: "/users/\(Self.segment(id))?$select=id,onPremisesObjectIdentifier", body: nil))
                requests.append(BatchRequest(id: "b\(index)", method: "GET", path: "/users/\(Self.segment(id))/onPremisesSyncBehavior?$select=isCloudManaged", body: nil))
            }
            let answers = try await batches.send(requests, version: "beta")
            for (index, id) in chunk.enumerated() {
                switch (answers["u\(index)"], answers["b\(index)"]) {
                case (.success(_, let user)?, .success(_, let behavior)?):
                    let identifier = user?["onPremisesObjectIdentifier"]?.string
                    results[id] = .success(HardeningFacts(
                        onPremisesObjectIdentifier: identifier?.isEmpty == true ? nil : identifier,
                        isCloudManaged: behavior?["isCloudManaged"]?.bool ?? false
                    ))
                case (.failure(let error)?, _), (_, .failure(let error)?):
                    results[id] = .failure(error)
                default:
                    results[id] = .failure(.invalidResponse(method: "GET", path: "/beta/users/\(id)", reason: "no answer in the batch"))
                }
            }
        }
        return results
    }
}
