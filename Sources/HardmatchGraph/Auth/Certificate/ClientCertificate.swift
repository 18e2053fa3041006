import Crypto
import Foundation
import _CryptoExtras

/// An app registration's certificate and its RSA private key, checked to belong together.
///
/// Loaded once, before any request, so every problem with the files (encrypted, not RSA, the
/// wrong key, a key others can read) is reported up front with the path, never the key's text.
public struct ClientCertificate: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// `x5t#S256`: base64url of the SHA-256 of the certificate's DER, how Entra finds the
    /// registered certificate the assertion claims to be signed with.
    public let thumbprint: String
    let privateKey: _RSA.Signing.PrivateKey

    /// Reads a PEM certificate (the leaf, optionally followed or preceded by its chain) and a PEM
    /// private key (PKCS#8 or PKCS#1, unencrypted, readable by its owner only); both may be the
    /// same file, with LF or CRLF line ends.
    public init(certificateFile: String, keyFile: String) throws(CertificateError) {
        let certificateBytes = try Self.read(certificateFile, option: "--client-certificate")
        try KeyFilePermissions.check(keyFile)
        let keyBytes = try Self.read(keyFile, option: "--client-key")
        try self.init(certificateBytes: certificateBytes, certificatePath: certificateFile, keyBytes: keyBytes, keyPath: keyFile)
    }

    init(certificateBytes: [UInt8], certificatePath: String, keyBytes: [UInt8], keyPath: String) throws(CertificateError) {
        let certificateDocuments = try PEMFile.documents(in: certificateBytes, option: "--client-certificate", path: certificatePath)
        let certificates = try CertificatePEM(documents: certificateDocuments, path: certificatePath)

        let keyDocuments = try PEMFile.documents(in: keyBytes, option: "--client-key", path: keyPath)
        let key = try PrivateKeyPEM.rsaKey(in: keyDocuments, path: keyPath)
        guard key.keySizeInBits >= 2048 else { throw .keyTooSmall(path: keyPath, bits: key.keySizeInBits) }

        guard certificates.hasRSAKey else { throw .certificateNotRSA(path: certificatePath) }
        guard let leaf = certificates.entry(for: key.publicKey) else {
            throw .keyMismatch(certificatePath: certificatePath, keyPath: keyPath)
        }
        thumbprint = Base64URL.encode(Data(SHA256.hash(data: leaf.der)))
        privateKey = key
    }

    public var description: String { "certificate x5t#S256=\(thumbprint)" }
    public var debugDescription: String { description }

    /// RS256: RSASSA-PKCS1-v1_5 with SHA-256, as Entra verifies client assertions.
    func sign(_ data: Data) throws -> Data {
        try privateKey.signature(for: SHA256.hash(data: data), padding: .insecurePKCS1v1_5).rawRepresentation
    }

    private static func read(_ path: String, option: String) throws(CertificateError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(option: option, path: path, reason: Self.reason(error as NSError))
        }
    }

    /// The POSIX reason ("No such file or directory") rather than Foundation's long sentence.
    private static func reason(_ error: NSError) -> String {
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if error.domain == NSCocoaErrorDomain && error.code == NSFileReadNoSuchFileError { return "No such file or directory" }
        if error.domain == NSCocoaErrorDomain && error.code == NSFileReadNoPermissionError { return "Permission denied" }
        return error.localizedDescription
    }
}
