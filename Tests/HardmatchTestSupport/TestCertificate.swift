import Foundation

/// A self-signed certificate and its private key made with `openssl` for one test, as an
/// administrator makes one for an app registration; never committed, gone with the folder.
public struct TestCertificate {
    public let certificatePath: String
    /// PKCS#8 (`BEGIN PRIVATE KEY`), unencrypted, mode 0600.
    public let keyPath: String

    /// `openssl req -x509 -newkey rsa:2048 -nodes` into `folder`, files named after `name`;
    /// `keyType` is any `-newkey` argument (`ec -pkeyopt ec_paramgen_curve:P-256` for a non-RSA key).
    public init(in folder: ScratchFolder, name: String = "app", keyType: [String] = ["rsa:2048"]) throws {
        certificatePath = folder.path("\(name).crt")
        keyPath = folder.path("\(name).key")
        try Self.openssl(["req", "-x509", "-newkey"] + keyType + [
            "-nodes", "-keyout", keyPath, "-out", certificatePath, "-days", "2", "-subj", "/CN=hardmatch-test-\(name)",
        ])
        try Self.restrict(keyPath)
    }

    /// The key re-encoded by `openssl arguments` (`pkey -aes256 …`) into `name` (mode 0600).
    public func convertedKey(_ name: String, in folder: ScratchFolder, _ arguments: [String]) throws -> String {
        let path = folder.path(name)
        try Self.openssl(arguments + ["-in", keyPath, "-out", path])
        try Self.restrict(path)
        return path
    }

    /// Runs `openssl`; fails with its standard error when it exits non-zero.
    public static func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OpenSSLError.failed(arguments.joined(separator: " "), String(decoding: message, as: UTF8.self))
        }
    }

    private static func restrict(_ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    public enum OpenSSLError: Error {
        case failed(String, String)
    }
}
