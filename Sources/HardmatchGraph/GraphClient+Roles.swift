import HardmatchCore

/// Reading every holder of a Microsoft Entra role (SPEC §4): assigned or eligible, directly
/// or through a group, at any scope.
///
/// `directoryRoles?$expand=members` lists only activated roles' direct members: it misses
/// eligible holders (PIM) and those who hold a role through a role-assignable group, whom
/// Entra's hard-match hardening counts too.
extension GraphClient {
    /// The two parts of the role data, by the name the plan reports an unreadable one under.
    static let roleParts = [
        ("roleAssignments", "/v1.0/roleManagement/directory/roleAssignments?$expand=principal"),
        ("roleEligibilitySchedules", "/v1.0/roleManagement/directory/roleEligibilitySchedules?$expand=principal"),
    ]

    /// Every role holder; a part Graph refuses (401, 403, 400: missing permission or a
    /// tenant without PIM) is recorded as unreadable. Other failures throw.
    public func roleHolders() async throws -> RoleHolders {
        var holders = RoleHolders()
        for (part, path) in Self.roleParts {
            do {
                try await readPrincipals(path, into: &holders)
            } catch let error as GraphError where Self.isRefusal(error) {
                holders.unreadable[part] = error.description
            }
        }
        return holders
    }

    /// A refusal to read, as opposed to a failure to reach Graph.
    public static func isRefusal(_ error: GraphError) -> Bool {
        guard case .service(let status, _, _, _, _) = error else { return false }
        return (400..<500).contains(status) && status != 429
    }

    private func readPrincipals(_ first: String, into holders: inout RoleHolders) async throws {
        var next: String? = first
        var expanded: Set<String> = []
        var seenLinks: Set<String> = []
        while let link = next {
            let page = try await json("GET", link)
            guard let values = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: first, reason: "no \"value\" array")
            }
            for value in values {
                guard let principal = value["principal"], case .object = principal, let id = principal["id"]?.string else {
                    // Not expanded: the id still names a holder, of whatever kind.
                    if let id = value["principalId"]?.string { holders.ids.insert(id) }
                    continue
                }
                if principal["@odata.type"]?.string == "#microsoft.graph.group" {
                    if expanded.insert(id).inserted { try await readGroupMembers(id, into: &holders) }
                } else {
                    add(principal, to: &holders)
                }
            }
            next = try Self.following(page, seen: &seenLinks, path: first)
        }
    }

    /// The users of a group, nested groups included (`transitiveMembers`).
    private func readGroupMembers(_ group: String, into holders: inout RoleHolders) async throws {
        var next: String? = "/v1.0/groups/\(Self.segment(group))/transitiveMembers?$select=id,userPrincipalName"
        var seenLinks: Set<String> = []
        while let link = next {
            let page = try await json("GET", link)
            guard let values = page["value"]?.array else {
                throw GraphError.invalidResponse(method: "GET", path: "/v1.0/groups/\(group)/transitiveMembers", reason: "no \"value\" array")
            }
            for member in values where member["@odata.type"]?.string != "#microsoft.graph.group" {
                add(member, to: &holders)
            }
            next = try Self.following(page, seen: &seenLinks, path: "/v1.0/groups/\(group)/transitiveMembers")
        }
    }

    /// The page's `@odata.nextLink`; a link already followed fails the read, as it would
    /// never end (the user listing guards the same way).
    private static func following(_ page: JSONValue, seen: inout Set<String>, path: String) throws -> String? {
        guard let link = page["@odata.nextLink"]?.string else { return nil }
        guard seen.insert(link).inserted else {
            throw GraphError.invalidResponse(method: "GET", path: path, reason: "the paging link repeats itself; the listing would never end")
        }
        return link
    }

    private func add(_ principal: JSONValue, to holders: inout RoleHolders) {
        guard let id = principal["id"]?.string else { return }
        holders.ids.insert(id)
        if let upn = principal["userPrincipalName"]?.string, !upn.isEmpty { holders.userPrincipalNames.insert(upn) }
    }
}
