import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A domain controller of one test's own, provisioned and seeded by `scripts/testdc` on
/// the next free loopback address, and removed by `stop()`: for the tests that need two
/// real DCs, such as one name that leads to either.
public final class ThrowawayDirectory: @unchecked Sendable {
    public let directory: TestDirectory

    /// Provisions, starts and seeds the DC (about 10 s); throws with `scripts/testdc`'s
    /// last lines when it cannot.
    public init(name: String) throws {
        let folder = "/tmp/hardmatch-\(name)-\(UUID().uuidString.prefix(8))"
        var environment = ProcessInfo.processInfo.environment
        for key in ["HARDMATCH_DC_ADDRESS", "HARDMATCH_DC_CERT_NAMES", "HARDMATCH_DC_LISTEN"] { environment[key] = nil }
        environment["HARDMATCH_DC_DIR"] = folder
        try Self.testdc(["reset"], environment)
        let lines = try String(contentsOfFile: "\(folder)/env", encoding: .utf8).split(separator: "\n")
        var values: [String: String] = [:]
        for line in lines where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            values[String(pair[0])] = String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        directory = TestDirectory(
            uri: values["HARDMATCH_LDAP_URI"] ?? "", startTLSURI: values["HARDMATCH_LDAP_STARTTLS_URI"] ?? "",
            bindDN: values["HARDMATCH_BIND_DN"] ?? "", password: values["HARDMATCH_BIND_PASSWORD"] ?? "",
            caFile: values["HARDMATCH_CA_FILE"] ?? "", baseDN: values["HARDMATCH_BASE_DN"] ?? "", directory: folder
        )
    }

    /// Stops the DC and deletes its folder.
    public func stop() {
        var environment = ProcessInfo.processInfo.environment
        environment["HARDMATCH_DC_DIR"] = directory.directory
        try? Self.testdc(["stop"], environment)
        try? FileManager.default.removeItem(atPath: directory.directory)
    }

    /// Runs `scripts/testdc` with `posix_spawn` and `waitpid`, its output in a file.
    ///
    /// Not `Process`: Foundation on Linux never sees this child exit once the samba it
    /// started runs on (the child stays a zombie and `isRunning` stays true).
    private static func testdc(_ arguments: [String], _ environment: [String: String]) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-testdc-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let path = repositoryRoot.appendingPathComponent("scripts/testdc").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else {
            throw DirectoryError.notStarted("cannot run \(path)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw DirectoryError.notStarted(text.split(separator: "\n").suffix(3).joined(separator: "\n"))
        }
    }

    public enum DirectoryError: Error, CustomStringConvertible {
        case notStarted(String)

        public var description: String {
            switch self {
            case .notStarted(let lines): return "scripts/testdc reset failed: \(lines)"
            }
        }
    }
}
