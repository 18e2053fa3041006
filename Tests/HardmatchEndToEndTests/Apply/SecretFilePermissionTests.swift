import Foundation
import HardmatchTestSupport
import Testing

/// A token or password file others can read is refused, like the client key.
@Suite struct SecretFilePermissionTests {
    private func secret(_ folder: ScratchFolder, mode: Int) throws -> String {
        let path = try folder.write("secret", Data("s3cret-Value\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func aTokenFileOthersCanReadIsRefused() throws {
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...2))
        let token = try secret(folder, mode: 0o644)
        let result = try CommandRunner.run(["apply", plan, "--graph-url", "http://127.0.0.1:9", "--token-file", token])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("--token-file \(token): the file is accessible to other users (mode 644); run chmod 600") == true)
        #expect(!result.standardError.contains("s3cret-Value"))
    }

    @Test func aPasswordFileOthersCanReadIsRefused() throws {
        let folder = try ScratchFolder()
        let password = try secret(folder, mode: 0o640)
        let result = try CommandRunner.run(["dump", "--uri", "ldaps://127.0.0.1:9", "--bind-dn", "CN=x,DC=contoso,DC=com", "--password-file", password])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("--password-file \(password): the file is accessible to other users (mode 640)") == true)
    }
}
