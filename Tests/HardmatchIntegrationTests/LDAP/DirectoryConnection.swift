import HardmatchCore
import HardmatchLDAP
import HardmatchTestSupport

/// Opens a connection to the test DC for one test and lets it go afterwards.
func withConnection<T>(
    _ directory: TestDirectory = .current,
    _ body: (LDAPConnection) async throws -> T
) async throws -> T {
    let connection = try await LDAPConnection.connect(configuration(directory))
    return try await body(connection)
}

/// The test DC's settings as the library takes them: verified LDAPS, simple bind.
func configuration(_ directory: TestDirectory = .current, uri: String? = nil, timeout: Int = 10) -> LDAPConfiguration {
    LDAPConfiguration(
        uris: [uri ?? directory.uri], caFile: directory.caFile, timeout: timeout,
        credentials: .simple(bindDN: directory.bindDN, password: Secret(directory.password))
    )
}

/// Every event of a user search, users first-class, the rest kept for assertions.
func readUsers(_ connection: LDAPConnection, pageSize: Int = 1000, rangeStep: Int? = nil, base: String = TestDirectory.current.baseDN) async throws -> (users: [OnPremUser], references: [[String]], problems: Int) {
    var users: [OnPremUser] = []
    var references: [[String]] = []
    var problems = 0
    for try await event in UserSearch(connection: connection, base: base, pageSize: pageSize, rangeStep: rangeStep) {
        switch event {
        case .user(let user): users.append(user)
        case .reference(let urls): references.append(urls)
        case .problem: problems += 1
        }
    }
    return (users, references, problems)
}
