extension LDAPConnection {
    /// `count` more connections, opened at once, to the server this one reached.
    ///
    /// The parts of a partitioned read are ranges of one server's update sequence numbers,
    /// which another domain controller numbers differently: every connection of the read
    /// must go to the same server, whatever other URIs the configuration lists.
    public nonisolated func siblings(_ count: Int, _ configuration: LDAPConfiguration) async throws(LDAPError) -> [LDAPConnection] {
        let same = { var same = configuration; same.uris = [uri]; return same }()
        do {
            return try await withThrowingTaskGroup(of: LDAPConnection.self) { group in
                for _ in 0..<count {
                    group.addTask { try await LDAPConnection.connect(same) }
                }
                var connections: [LDAPConnection] = []
                for try await connection in group { connections.append(connection) }
                return connections
            }
        } catch let error as LDAPError {
            throw error
        } catch {
            throw .cannotConnect(uri: uri, detail: "\(error)")
        }
    }
}
