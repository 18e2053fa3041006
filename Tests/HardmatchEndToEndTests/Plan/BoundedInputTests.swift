import Foundation
import HardmatchTestSupport
import Testing

/// An input file without an end (`/dev/zero`) fails with a message, not by eating memory.
@Suite struct BoundedInputTests {
    @Test func anEndlessSyncFeaturesFileIsRefused() throws {
        let folder = try ScratchFolder()
        let ldif = try folder.write("users.ldif", Data())
        let cloud = try folder.write("cloud.json", Data("{\"value\":[]}".utf8))
        let result = try CommandRunner.run(["plan", "--ldif", ldif, "--cloud", cloud, "--sync-features", "/dev/zero", "--format", "json"])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.contains("--sync-features /dev/zero: larger than 64 MiB") == true, "\(result.standardError)")
    }
}
