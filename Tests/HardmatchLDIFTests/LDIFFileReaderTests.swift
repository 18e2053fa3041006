import Foundation
import Testing
@testable import HardmatchLDIF

/// Reading exports from disk through the chunked reader the command line uses.
@Suite struct LDIFFileReaderTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ldif-\(UUID().uuidString).ldif").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [1, 7, 4096, 1 << 20])
    func readsAFileInChunks(chunkSize: Int) throws {
        let path = LDIF.fixturePath("ldifde.ldf")
        var records: [LDIFRecord] = []
        try LDIFFileReader(path: path, chunkSize: chunkSize).forEach { records.append($0) }
        #expect(records == (try LDIFParser.parse(try LDIF.fixture("ldifde.ldf"))))
    }

    @Test func userSourceClassifiesEveryRecord() throws {
        let path = try Self.temporaryFile(Array("dn: CN=A\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\nthumbnailPhoto:: junk\n\ndn: CN=B\ncn: B\n\n# refldap://x.example/DC=x\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var events: [LDIFUserEvent] = []
        try LDIFUserSource(path: path).forEach { events.append($0) }
        #expect(events.count == 3)
        guard case .user(let entry, 1) = events[0] else { Issue.record("not a user"); return }
        #expect(entry.values("thumbnailPhoto").isEmpty)
        #expect(events[1] == .missingObjectGUID(dn: "CN=B", line: 5))
        #expect(events[2] == .reference(urls: ["ldap://x.example/DC=x"], line: 8))
    }

    @Test func contentErrorsCarryTheirLine() throws {
        let path = try Self.temporaryFile(Array("dn: CN=A\ncn: A\n\ndn: CN=B\nchangetype: modify\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var count = 0
        #expect(throws: LDIFError(line: 5, .changeRecord(changetype: "modify"))) {
            try LDIFFileReader(path: path).forEach { _ in count += 1 }
        }
        #expect(count == 1)
    }

    @Test func missingFilesAndDirectoriesSayWhy() {
        #expect(throws: LDIFFileError(path: "/nonexistent/export.ldif", operation: .open, reason: "No such file or directory")) {
            try LDIFFileReader(path: "/nonexistent/export.ldif").forEach { _ in }
        }
        #expect(throws: LDIFFileError(path: "/", operation: .read, reason: "Is a directory")) {
            try LDIFFileReader(path: "/").forEach { _ in }
        }
        #expect(LDIFFileError(path: "-", operation: .read, reason: "Bad file descriptor").description == "cannot read standard input: Bad file descriptor")
    }
}
