extension LDAPConnection {
    /// Up to `count` more connections, opened at once, to the server this one reached.
    ///
    /// The parts of a partitioned read are ranges of one server's update sequence numbers,
    /// which another domain controller numbers differently. So each connection goes to the
    /// URI this one reached, whatever others the configuration lists, and one that still
    /// reached another server (a name that resolves to each of a domain's controllers in
    /// turn) is tried again, then closed and left out: the read goes on over fewer connections.
    /// A server that does not name itself in its RootDSE gets no siblings.
    public nonisolated func siblings(_ count: Int, _ configuration: LDAPConfiguration) async throws(LDAPError) -> [LDAPConnection] {
        guard count > 0, let identity = try await serverIdentity() else { return [] }
        let same = { var same = configuration; same.uris = [uri]; return same }()
        let attempts = 3
        do {
            return try await withThrowingTaskGroup(of: LDAPConnection?.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        for attempt in 1...attempts {
                            let connection = try await LDAPConnection.connect(same)
                            if try await connection.serverIdentity() == identity { return connection }
                            configuration.logger.debug("connection reached another server", metadata: ["uri": "\(same.uris[0])", "attempt": "\(attempt) of \(attempts)"])
                        }
                        return nil
                    }
                }
                var connections: [LDAPConnection] = []
                for try await connection in group {
                    if let connection { connections.append(connection) }
                }
                if connections.count < count {
                    configuration.logger.debug("reading over fewer connections: the others reached another server", metadata: ["connections": "\(connections.count + 1)"])
                }
                return connections
            }
        } catch let error as LDAPError {
            throw error
        } catch {
            throw .cannotConnect(uri: uri, detail: "\(error)")
        }
    }
}
