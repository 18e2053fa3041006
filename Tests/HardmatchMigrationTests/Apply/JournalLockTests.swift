import Foundation
import HardmatchMigration
import HardmatchTestSupport
import Testing

/// One run at a time on a journal, and never through a symbolic link.
@Suite struct JournalLockTests {
    @Test func aSecondWriterIsRefusedWhileTheFirstHoldsTheJournal() throws {
        let folder = try ScratchFolder()
        do {
            let first = try JournalFile(path: folder.path("j"))
            #expect(throws: JournalError.inUse(path: folder.path("j"))) {
                _ = try JournalFile(path: folder.path("j"))
            }
            withExtendedLifetime(first) {}
        }
        // Released with the first writer: the next run may open it.
        _ = try JournalFile(path: folder.path("j"))
    }

    @Test func aSymbolicLinkIsRefused() throws {
        let folder = try ScratchFolder()
        try folder.write("real", Data())
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: folder.path("real"))
        #expect(throws: JournalError.self) {
            _ = try JournalFile(path: folder.path("link"))
        }
        do {
            _ = try JournalFile(path: folder.path("link"))
        } catch {
            #expect(error.description.contains("symbolic link"))
        }
    }

    @Test func theInUseMessageSaysWhatToDo() {
        #expect(JournalError.inUse(path: "/tmp/j").description.contains("another hardmatch run"))
    }
}
