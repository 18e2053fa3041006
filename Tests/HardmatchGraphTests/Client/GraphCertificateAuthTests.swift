import Foundation
@testable import HardmatchGraph
import HardmatchTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Client credentials proved with a certificate: the local token endpoint verifies each signed
/// assertion against the certificate it was started with, as Entra does.
@Suite struct GraphCertificateAuthTests {
    private static let tenant = "contoso.onmicrosoft.com"

    private func configuration(_ server: GraphServer, _ certificate: ClientCertificate) throws -> GraphConfiguration {
        try GraphConfiguration(
            graphURL: server.url, loginURL: server.url,
            credentials: .clientCertificate(tenant: Self.tenant, clientID: GraphServer.clientID, certificate: certificate),
            retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01), timeout: 10
        )
    }

    private func server(registering certificate: TestCertificate) throws -> GraphServer {
        try GraphServer(users: (1...3).map { GraphFixtures.cloudUser($0) }, arguments: ["--client-certificate", certificate.certificatePath])
    }

    // MARK: - Against the token endpoint

    @Test func aSignedAssertionGetsATokenAndGraphAnswers() async throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let server = try server(registering: files)
        defer { server.stop() }
        let certificate = try ClientCertificate(certificateFile: files.certificatePath, keyFile: files.keyPath)

        let graph = GraphClient(configuration: try configuration(server, certificate))
        #expect(try await graph.users().map(\.id) == (1...3).map(GraphFixtures.cloudID))
        #expect(try await graph.user(id: GraphFixtures.cloudID(2)) != nil)
        #expect(try server.httpCount("POST /\(Self.tenant)/oauth2/v2.0/token") == 1)

        // A second client signs its own assertion: the server refuses a reused jti.
        #expect(try await GraphClient(configuration: try configuration(server, certificate)).users().count == 3)
        #expect(try server.httpCount("POST /\(Self.tenant)/oauth2/v2.0/token") == 2)
    }

    @Test func aCertificateTheAppDoesNotHaveIsRefusedWithEntrasMessage() async throws {
        let folder = try ScratchFolder()
        let registered = try TestCertificate(in: folder, name: "registered")
        let other = try TestCertificate(in: folder, name: "other")
        let server = try server(registering: registered)
        defer { server.stop() }
        let certificate = try ClientCertificate(certificateFile: other.certificatePath, keyFile: other.keyPath)
        do {
            _ = try await GraphClient(configuration: try configuration(server, certificate)).users()
            Issue.record("expected the token endpoint to refuse the assertion")
        } catch let error as GraphError {
            #expect(error.status == 400)
            #expect(error.description.contains("invalid_client"))
            #expect(error.description.contains("AADSTS700027"))
            #expect(error.description.contains(certificate.thumbprint))
            #expect(error.description.contains(GraphServer.clientID))
        }
        #expect(try server.httpCount("GET /v1.0/users") == 0)
    }

    /// The server's own checks, so that a passing test above means the assertion was verified.
    @Test(arguments: [
        ("audience", "AADSTS700027: Client assertion audience"),
        ("expired", "AADSTS700024"),
        ("issuer", "AADSTS700027: Client assertion issuer"),
        ("signature", "AADSTS700027: Client assertion failed signature validation"),
    ])
    func theTokenEndpointRefusesABadAssertion(flaw: String, expected: String) async throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let server = try server(registering: files)
        defer { server.stop() }
        let certificate = try ClientCertificate(certificateFile: files.certificatePath, keyFile: files.keyPath)
        let tokenURL = "\(server.url)/\(Self.tenant)/oauth2/v2.0/token"

        var assertion = try ClientAssertion.make(
            certificate: certificate, clientID: flaw == "issuer" ? "someone-else" : GraphServer.clientID,
            audience: flaw == "audience" ? "https://login.microsoftonline.com/\(Self.tenant)/oauth2/v2.0/token" : tokenURL,
            now: flaw == "expired" ? Date().addingTimeInterval(-3600) : Date()
        )
        if flaw == "signature", let dot = assertion.lastIndex(of: ".") {
            // A character inside the signature, not its last one, whose low bits are padding.
            let inside = assertion.index(dot, offsetBy: 10)
            assertion.replaceSubrange(inside...inside, with: assertion[inside] == "A" ? "B" : "A")
        }
        var request = URLRequest(url: try #require(URL(string: tokenURL)))
        request.httpMethod = "POST"
        let form = "client_id=\(GraphServer.clientID)&scope=x&grant_type=client_credentials&client_assertion_type=\(ClientAssertion.type)&client_assertion=\(assertion)"
        request.httpBody = Data(form.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 400)
        let body = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(body["error"] as? String == "invalid_client")
        #expect((body["error_description"] as? String ?? "").hasPrefix(expected))
    }

    // MARK: - Reading the files

    @Test func theThumbprintIsTheCertificatesSHA256AsOpenSSLComputesIt() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let der = folder.path("app.der")
        try TestCertificate.openssl(["x509", "-in", files.certificatePath, "-outform", "DER", "-out", der])
        let digest = folder.path("app.sha256")
        try TestCertificate.openssl(["dgst", "-sha256", "-binary", "-out", digest, der])
        let expected = try Data(contentsOf: URL(fileURLWithPath: digest)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")

        let certificate = try ClientCertificate(certificateFile: files.certificatePath, keyFile: files.keyPath)
        #expect(certificate.thumbprint == expected)
        #expect("\(certificate)" == "certificate x5t#S256=\(expected)")
    }

    @Test func aPKCS1KeyAndACombinedFileAreAccepted() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let pkcs1 = try files.convertedKey("pkcs1.key", in: folder, ["rsa", "-traditional"])
        #expect(try String(contentsOfFile: pkcs1, encoding: .utf8).hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
        let fromPKCS1 = try ClientCertificate(certificateFile: files.certificatePath, keyFile: pkcs1)

        let combined = try folder.write("combined.pem", try Data(contentsOf: URL(fileURLWithPath: files.keyPath)) + Data(contentsOf: URL(fileURLWithPath: files.certificatePath)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: combined)
        let fromCombined = try ClientCertificate(certificateFile: combined, keyFile: combined)
        #expect(fromPKCS1.thumbprint == fromCombined.thumbprint)
    }

    @Test func anEncryptedKeySaysToDecryptItFirst() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let pkcs8 = try files.convertedKey("encrypted.key", in: folder, ["pkey", "-aes256", "-passout", "pass:correct horse"])
        let legacy = try files.convertedKey("legacy.key", in: folder, ["rsa", "-traditional", "-aes256", "-passout", "pass:correct horse"])
        for path in [pkcs8, legacy] {
            #expect(throws: CertificateError.encryptedKey(path: path)) {
                try ClientCertificate(certificateFile: files.certificatePath, keyFile: path)
            }
            #expect(CertificateError.encryptedKey(path: path).description.contains("openssl pkey -in \(path) -out plain.pem"))
        }
    }

    @Test func aMissingFileIsNamed() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let missing = folder.path("nowhere.key")
        #expect(throws: CertificateError.unreadable(option: "--client-key", path: missing, reason: "No such file or directory")) {
            try ClientCertificate(certificateFile: files.certificatePath, keyFile: missing)
        }
        #expect(throws: CertificateError.unreadable(option: "--client-certificate", path: missing, reason: "No such file or directory")) {
            try ClientCertificate(certificateFile: missing, keyFile: files.keyPath)
        }
    }

    @Test func aNonRSAKeyOrCertificateIsRefused() throws {
        let folder = try ScratchFolder()
        let rsa = try TestCertificate(in: folder)
        let ec = try TestCertificate(in: folder, name: "ec", keyType: ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"])
        #expect(throws: CertificateError.keyNotRSA(path: ec.keyPath, kind: "an EC key")) {
            try ClientCertificate(certificateFile: ec.certificatePath, keyFile: ec.keyPath)
        }
        #expect(throws: CertificateError.certificateNotRSA(path: ec.certificatePath)) {
            try ClientCertificate(certificateFile: ec.certificatePath, keyFile: rsa.keyPath)
        }
        let ed25519 = folder.path("ed25519.key")
        try TestCertificate.openssl(["genpkey", "-algorithm", "ed25519", "-out", ed25519])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: ed25519)
        #expect(throws: CertificateError.keyNotRSA(path: ed25519, kind: "an Ed25519 key")) {
            try ClientCertificate(certificateFile: rsa.certificatePath, keyFile: ed25519)
        }
    }

    @Test func anotherCertificatesKeyIsRefusedBeforeAnyRequest() throws {
        let folder = try ScratchFolder()
        let first = try TestCertificate(in: folder, name: "first")
        let second = try TestCertificate(in: folder, name: "second")
        #expect(throws: CertificateError.keyMismatch(certificatePath: first.certificatePath, keyPath: second.keyPath)) {
            try ClientCertificate(certificateFile: first.certificatePath, keyFile: second.keyPath)
        }
    }

    @Test func aKeyOthersCanReadIsRefusedAndNeverQuoted() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: files.keyPath)
        do {
            _ = try ClientCertificate(certificateFile: files.certificatePath, keyFile: files.keyPath)
            Issue.record("expected a key readable by the group to be refused")
        } catch {
            #expect(error == .keyFileOpen(path: files.keyPath, mode: 0o640))
            #expect(error.description.contains("chmod 600 \(files.keyPath)"))
            let keyText = try String(contentsOfFile: files.keyPath, encoding: .utf8)
            let someKeyLine = try #require(keyText.split(separator: "\n").dropFirst().first)
            #expect(!error.description.contains(someKeyLine))
        }
    }

    @Test func aFileThatIsNotPEMSaysHowToConvertIt() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let der = folder.path("app.der")
        try TestCertificate.openssl(["x509", "-in", files.certificatePath, "-outform", "DER", "-out", der])
        #expect(throws: CertificateError.notPEM(option: "--client-certificate", path: der)) {
            try ClientCertificate(certificateFile: der, keyFile: files.keyPath)
        }
        let certificateOnly = try folder.write("certificate-only.pem", try Data(contentsOf: URL(fileURLWithPath: files.certificatePath)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: certificateOnly)
        #expect(throws: CertificateError.missingBlock(option: "--client-key", path: certificateOnly, wanted: "PRIVATE KEY", found: ["CERTIFICATE"])) {
            try ClientCertificate(certificateFile: files.certificatePath, keyFile: certificateOnly)
        }
    }

    @Test func aTruncatedCertificateOrKeyIsAnErrorNotACrash() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let der = folder.path("app.der")
        try TestCertificate.openssl(["x509", "-in", files.certificatePath, "-outform", "DER", "-out", der])
        let certificateDER = try Data(contentsOf: URL(fileURLWithPath: der))
        for length in stride(from: 1, to: certificateDER.count, by: 37) {
            let base64 = certificateDER.prefix(length).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
            let pem = "-----BEGIN CERTIFICATE-----\n\(base64)\n-----END CERTIFICATE-----\n"
            let path = try folder.write("cut.crt", Data(pem.utf8))
            #expect(throws: CertificateError.malformedCertificate(path: path)) {
                try ClientCertificate(certificateFile: path, keyFile: files.keyPath)
            }
        }
        let keyText = try String(contentsOfFile: files.keyPath, encoding: .utf8)
        let lines = keyText.split(separator: "\n")
        let cut = ([lines[0]] + lines[1..<lines.count / 2] + [lines[lines.count - 1]]).joined(separator: "\n")
        let path = try folder.write("cut.key", Data(cut.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(throws: CertificateError.malformedKey(path: path)) {
            try ClientCertificate(certificateFile: files.certificatePath, keyFile: path)
        }
    }
}
