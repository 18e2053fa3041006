import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch apply` authenticating with an app registration's certificate instead of a secret.
@Suite struct ApplyCertificateTests {
    private static let tenant = "contoso.onmicrosoft.com"

    private func arguments(_ server: GraphServer, _ files: TestCertificate) -> [String] {
        [
            "--graph-url", server.url, "--login-url", server.url, "--tenant", Self.tenant, "--client-id", GraphServer.clientID,
            "--client-certificate", files.certificatePath, "--client-key", files.keyPath,
        ]
    }

    @Test func aDryRunWithCertificateCredentialsReadsTheUsers() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let server = try GraphServer(users: (1...5).map { GraphFixtures.cloudUser($0) }, arguments: ["--client-certificate", files.certificatePath])
        defer { server.stop() }
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...5))

        let result = try CommandRunner.run(["apply", plan] + arguments(server, files))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("would write") }.count == 5)
        #expect(try server.httpCount("POST /\(Self.tenant)/oauth2/v2.0/token") == 1)
        #expect(try server.log()["patchesReceived"] as? Int == 0)
    }

    @Test func aKeyOthersCanReadStopsTheRunBeforeAnyRequest() throws {
        let folder = try ScratchFolder()
        let files = try TestCertificate(in: folder)
        let server = try GraphServer(users: [GraphFixtures.cloudUser(1)], arguments: ["--client-certificate", files.certificatePath])
        defer { server.stop() }
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...1))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: files.keyPath)

        let result = try CommandRunner.run(["apply", plan] + arguments(server, files))
        #expect(result.status != 0)
        #expect(result.errorLines == [
            "error: --client-key \(files.keyPath): the private key file is accessible to other users (mode 644); "
                + "run chmod 600 \(files.keyPath) (like ssh, hardmatch refuses a key others can read)",
        ])
        #expect(try server.httpCount("POST /\(Self.tenant)/oauth2/v2.0/token") == 0)
    }

    @Test func aCertificateWithoutItsKeyIsAUsageError() throws {
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...1))
        let result = try CommandRunner.run([
            "apply", plan, "--graph-url", "http://127.0.0.1:9", "--tenant", Self.tenant, "--client-id", "c", "--client-certificate", folder.path("app.crt"),
        ])
        #expect(result.status == 64)
        #expect(result.errorLines.first == "error: --client-certificate needs --client-key (its private key) as well (see hardmatch apply --help)")

        let both = try CommandRunner.run([
            "apply", plan, "--tenant", Self.tenant, "--client-id", "c", "--client-secret-env", "S",
            "--client-certificate", folder.path("app.crt"), "--client-key", folder.path("app.key"),
        ])
        #expect(both.status == 64)
        #expect(both.errorLines.first == "error: give either --client-secret-env or --client-certificate with --client-key, not both (see hardmatch apply --help)")
    }
}
