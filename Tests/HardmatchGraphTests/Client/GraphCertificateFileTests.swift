import Foundation
@testable import HardmatchGraph
import HardmatchTestSupport
import Testing

/// The certificate and key files administrators actually have: chains, CRLF, PKCS#12, short
/// keys, and the signed assertion compared with what `openssl` signs.
@Suite struct GraphCertificateFileTests {
    private static let tenant = "contoso.onmicrosoft.com"

    /// A CA made by `openssl req -x509`, a leaf it signed, and the leaf's key (mode 0600).
    private struct Chain {
        let caPath: String
        let leafPath: String
        let keyPath: String

        init(in folder: ScratchFolder) throws {
            let ca = try TestCertificate(in: folder, name: "ca")
            caPath = ca.certificatePath
            keyPath = folder.path("leaf.key")
            let request = folder.path("leaf.csr")
            leafPath = folder.path("leaf.crt")
            try TestCertificate.openssl([
                "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", request, "-subj", "/CN=hardmatch-test-leaf",
            ])
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyPath)
            try TestCertificate.openssl([
                "x509", "-req", "-in", request, "-CA", ca.certificatePath, "-CAkey", ca.keyPath, "-CAcreateserial",
                "-days", "2", "-out", leafPath,
            ])
        }
    }

    private static func contents(_ paths: String...) throws -> Data {
        try paths.reduce(into: Data()) { $0 += try Data(contentsOf: URL(fileURLWithPath: $1)) }
    }

    /// `x5t#S256` of `certificatePath` as openssl computes it.
    private static func opensslThumbprint(_ certificatePath: String, in folder: ScratchFolder) throws -> String {
        let der = folder.path("thumb.der"), digest = folder.path("thumb.sha256")
        try TestCertificate.openssl(["x509", "-in", certificatePath, "-outform", "DER", "-out", der])
        try TestCertificate.openssl(["dgst", "-sha256", "-binary", "-out", digest, der])
        return Base64URL.encode(try Data(contentsOf: URL(fileURLWithPath: digest)))
    }

    // MARK: - Accepted

    @Test func aLeafFollowedOrPrecededByItsChainIsAcceptedAndGetsAToken() async throws {
        let folder = try ScratchFolder()
        let chain = try Chain(in: folder)
        let expected = try Self.opensslThumbprint(chain.leafPath, in: folder)
        let leafFirst = try folder.write("leaf-first.pem", try Self.contents(chain.leafPath, chain.caPath))
        let chainFirst = try folder.write("chain-first.pem", try Self.contents(chain.caPath, chain.leafPath))
        for path in [leafFirst, chainFirst] {
            #expect(try ClientCertificate(certificateFile: path, keyFile: chain.keyPath).thumbprint == expected)
        }

        // The local token endpoint verifies the assertion against the leaf, as Entra does.
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--client-certificate", chain.leafPath])
        defer { server.stop() }
        let certificate = try ClientCertificate(certificateFile: leafFirst, keyFile: chain.keyPath)
        let configuration = try GraphConfiguration(
            graphURL: server.url, loginURL: server.url,
            credentials: .clientCertificate(tenant: Self.tenant, clientID: GraphServer.clientID, certificate: certificate),
            retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01), timeout: 10
        )
        #expect(try await GraphClient(configuration: configuration).users().map(\.id) == [GraphFixtures.cloudID(1)])
    }

    @Test func aCombinedFileWithCRLFLineEndsIsAccepted() throws {
        let folder = try ScratchFolder()
        let chain = try Chain(in: folder)
        let text = String(decoding: try Self.contents(chain.keyPath, chain.leafPath, chain.caPath), as: UTF8.self)
        let crlf = try folder.write("windows.pem", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: crlf)
        #expect(try ClientCertificate(certificateFile: crlf, keyFile: crlf).thumbprint == Self.opensslThumbprint(chain.leafPath, in: folder))
    }

    /// RS256 is deterministic: the signature must be exactly what `openssl dgst -sha256 -sign` makes.
    @Test func theAssertionIsSignedExactlyAsOpenSSLSignsIt() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let certificate = try ClientCertificate(certificateFile: files.certificatePath, keyFile: files.keyPath)
        let assertion = try ClientAssertion.make(certificate: certificate, clientID: GraphServer.clientID, audience: "https://login.example/token")
        let parts = assertion.split(separator: ".")
        try #require(parts.count == 3)
        let input = try folder.write("input", Data("\(parts[0]).\(parts[1])".utf8))
        let signature = folder.path("signature")
        try TestCertificate.openssl(["dgst", "-sha256", "-sign", files.keyPath, "-out", signature, input])
        #expect(String(parts[2]) == Base64URL.encode(try Data(contentsOf: URL(fileURLWithPath: signature))))

        let header = try #require(Data(base64Encoded: String(parts[0]) + "="))
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"RS256","typ":"JWT","x5t#S256":"\#(certificate.thumbprint)"}"#)
    }

    // MARK: - Refused

    @Test func aPKCS12FileSaysWhichOpenSSLCommandConvertsIt() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let pfx = folder.path("app.pfx")
        try TestCertificate.openssl([
            "pkcs12", "-export", "-in", files.certificatePath, "-inkey", files.keyPath, "-out", pfx, "-passout", "pass:correct horse",
        ])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pfx)
        #expect(throws: CertificateError.pkcs12(option: "--client-certificate", path: pfx)) {
            try ClientCertificate(certificateFile: pfx, keyFile: files.keyPath)
        }
        #expect(throws: CertificateError.pkcs12(option: "--client-key", path: pfx)) {
            try ClientCertificate(certificateFile: files.certificatePath, keyFile: pfx)
        }
        let message = CertificateError.pkcs12(option: "--client-certificate", path: pfx).description
        #expect(message.contains("openssl pkcs12 -in \(pfx) -nodes -out app.pem"))
        #expect(!message.contains("correct horse"))
    }

    @Test func aKeyOrCertificateUnder2048BitsIsRefusedWithItsSize() throws {
        let folder = try ScratchFolder()
        let small = try TestCertificate(in: folder, name: "small", keyType: ["rsa:1024"])
        let large = try TestCertificate(in: folder, name: "large")
        #expect(throws: CertificateError.keyTooSmall(path: small.keyPath, bits: 1024)) {
            try ClientCertificate(certificateFile: large.certificatePath, keyFile: small.keyPath)
        }
        #expect(throws: CertificateError.certificateKeyTooSmall(path: small.certificatePath)) {
            try ClientCertificate(certificateFile: small.certificatePath, keyFile: small.keyPath)
        }
    }

    @Test func pemWithOtherLineLengthsIsRefusedWithTheReencodingCommand() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let der = folder.path("app.der")
        try TestCertificate.openssl(["x509", "-in", files.certificatePath, "-outform", "DER", "-out", der])
        let base64 = try Data(contentsOf: URL(fileURLWithPath: der)).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        let path = try folder.write("wide.crt", Data("-----BEGIN CERTIFICATE-----\n\(base64)\n-----END CERTIFICATE-----\n".utf8))
        #expect(throws: CertificateError.malformedPEM(option: "--client-certificate", path: path)) {
            try ClientCertificate(certificateFile: path, keyFile: files.keyPath)
        }
        #expect(CertificateError.malformedPEM(option: "--client-certificate", path: path).description.contains("openssl x509 -in \(path) -out app.crt"))
    }

    /// Whatever the bytes, an error naming the file, never a crash and never the key's text.
    @Test func arbitraryBytesAfterABeginLineAreAnErrorNotACrash() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            let noise = (0..<(round * 7)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let path = try folder.write("noise.pem", Data("-----BEGIN PRIVATE KEY-----\n".utf8) + Data(noise) + Data("\n-----END PRIVATE KEY-----\n".utf8))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            #expect(throws: CertificateError.self) { try ClientCertificate(certificateFile: files.certificatePath, keyFile: path) }
            #expect(throws: CertificateError.self) { try ClientCertificate(certificateFile: path, keyFile: files.keyPath) }
        }
    }
}
