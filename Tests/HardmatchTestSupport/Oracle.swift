import Foundation
import HardmatchCore

/// Tools nobody in this project wrote, asked the same questions as `hardmatch`.
public enum Oracle {
    /// `ldapsearch -LLL` over LDAPS: every entry's DN and the values of the named attributes,
    /// with binary values base64-decoded.
    public static func ldapsearch(_ directory: TestDirectory, base: String? = nil, filter: String, attributes: [String], pageSize: Int = 1000) throws -> [DirectoryEntry] {
        let output = try export(directory, base: base, filter: filter, attributes: attributes, pageSize: pageSize, wrap: false)
        var entries: [DirectoryEntry] = []
        for record in output.components(separatedBy: "\n\n") {
            var entry: DirectoryEntry?
            for line in record.split(separator: "\n") where !line.hasPrefix("#") {
                if line.hasPrefix("dn: ") {
                    entry = DirectoryEntry(dn: String(line.dropFirst(4)))
                } else if line.hasPrefix("dn:: ") {
                    entry = DirectoryEntry(dn: String(decoding: Data(base64Encoded: String(line.dropFirst(5))) ?? Data(), as: UTF8.self))
                } else if let range = line.range(of: ":: ") {
                    entry?.append(Array(Data(base64Encoded: String(line[range.upperBound...])) ?? Data()), to: AttributeName(String(line[..<range.lowerBound])))
                } else if let range = line.range(of: ": ") {
                    entry?.append(Array(line[range.upperBound...].utf8), to: AttributeName(String(line[..<range.lowerBound])))
                }
            }
            if let entry { entries.append(entry) }
        }
        return entries
    }

    /// The LDIF `ldapsearch -LLL` writes, as an administrator would export it (folded
    /// at 76 columns unless `wrap` is false).
    public static func export(_ directory: TestDirectory, base: String? = nil, filter: String, attributes: [String], pageSize: Int = 1000, wrap: Bool = true) throws -> String {
        let passwordFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-oracle-\(UUID().uuidString)")
        try Data(directory.password.utf8).write(to: passwordFile)
        defer { try? FileManager.default.removeItem(at: passwordFile) }
        return try run(
            "/usr/bin/ldapsearch",
            ["-LLL"] + (wrap ? [] : ["-o", "ldif-wrap=no"]) + ["-E", "pr=\(pageSize)/noprompt", "-H", directory.uri, "-x", "-D", directory.bindDN,
             "-y", passwordFile.path, "-b", base ?? directory.baseDN, filter] + attributes,
            environment: ["LDAPTLS_CACERT": directory.caFile]
        )
    }

    /// The objectGUID string `samba-tool user show` prints for an account.
    public static func sambaToolObjectGUID(_ directory: TestDirectory, account: String) throws -> String? {
        let output = try run(
            "/usr/bin/samba-tool",
            ["user", "show", account, "--attributes=objectGUID", "-H", "\(directory.directory)/private/sam.ldb"]
        )
        for line in output.split(separator: "\n") where line.hasPrefix("objectGUID: ") {
            return String(line.dropFirst("objectGUID: ".count))
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OracleError.failed(executable, process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    public enum OracleError: Error {
        case failed(String, Int32)
    }
}
