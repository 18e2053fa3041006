import Foundation

/// Changes made to the test DC with OpenLDAP's own `ldapmodify`, for the tests that need
/// the directory to change under a read (hardmatch itself never writes to it).
public enum DirectoryChanges {
    /// Applies `ldif` (`changetype:` records) over verified LDAPS as the test DC's administrator.
    public static func apply(_ directory: TestDirectory, _ ldif: String) throws {
        let folder = FileManager.default.temporaryDirectory
        let passwordFile = folder.appendingPathComponent("hardmatch-changes-\(UUID().uuidString)")
        let changesFile = folder.appendingPathComponent("hardmatch-changes-\(UUID().uuidString).ldif")
        try Data(directory.password.utf8).write(to: passwordFile)
        try Data(ldif.utf8).write(to: changesFile)
        defer {
            try? FileManager.default.removeItem(at: passwordFile)
            try? FileManager.default.removeItem(at: changesFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldapmodify")
        // From a file, not a pipe: an ldapmodify that stops early cannot raise SIGPIPE here.
        process.arguments = ["-H", directory.uri, "-x", "-D", directory.bindDN, "-y", passwordFile.path, "-f", changesFile.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["LDAPTLS_CACERT": directory.caFile]) { $1 }
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChangeError.failed(process.terminationStatus, String(decoding: message, as: UTF8.self))
        }
    }

    /// An organizational unit of its own under `parent`, for one test; `remove` deletes it
    /// with everything in it.
    public static func addUnit(_ directory: TestDirectory, named name: String, under parent: String? = nil) throws -> String {
        let dn = "OU=\(name),\(parent ?? directory.baseDN)"
        try apply(directory, "dn: \(dn)\nchangetype: add\nobjectClass: organizationalUnit\n\n")
        return dn
    }

    /// Deletes `dn` and every object under it (the tree-delete control).
    public static func remove(_ directory: TestDirectory, _ dn: String) throws {
        try apply(directory, "dn: \(dn)\nchangetype: delete\ncontrol: 1.2.840.113556.1.4.805 true\n\n")
    }

    public enum ChangeError: Error, CustomStringConvertible {
        case failed(Int32, String)

        public var description: String {
            switch self {
            case .failed(let status, let message): return "ldapmodify exited \(status): \(message)"
            }
        }
    }
}
