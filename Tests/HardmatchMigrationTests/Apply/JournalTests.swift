import Foundation
import HardmatchMigration
import HardmatchTestSupport
import Testing

/// The journal on disk: what a crash can leave, and what is read back from it.
@Suite struct JournalTests {
    private func record(_ kind: JournalRecord.Kind, _ id: String, before: String?, after: String?, status: Int? = nil) -> JournalRecord {
        JournalRecord(kind: kind, operation: .apply, run: "r", batch: 1, cloudID: id, userPrincipalName: "\(id)@x", before: before, after: after, status: status)
    }

    @Test func recordsRoundTripAndStatesFollowTheLastRecord() throws {
        let folder = try ScratchFolder()
        let journal = try JournalFile(path: folder.path("j"))
        try journal.append([record(.intent, "a", before: nil, after: "A"), record(.intent, "b", before: nil, after: "B"), record(.intent, "c", before: "C0", after: "C")])
        try journal.append([record(.result, "a", before: nil, after: "A", status: 204), record(.result, "b", before: nil, after: "B", status: 400),
                            record(.result, "c", before: "C0", after: "C")])
        let history = try JournalHistory.read(path: folder.path("j"), operation: .apply)
        #expect(history.states["a"] == .written(before: nil, after: "A"))
        #expect(history.states["b"] == nil)
        #expect(history.states["c"] == .uncertain(before: "C0", after: "C"))
        #expect(history.changes.map { [$0.cloudID, $0.before, $0.after] } == [["a", nil, "A"]])
        #expect(try JournalHistory.read(path: folder.path("j"), operation: .undo).states.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("j"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aRecordCutByACrashIsIgnoredAndTheNextRunStartsOnANewLine() throws {
        let folder = try ScratchFolder()
        let whole = record(.intent, "a", before: nil, after: "A").line
        try folder.write("j", Data(whole + whole.prefix(40)))
        try JournalFile(path: folder.path("j")).append([record(.confirmed, "a", before: nil, after: "A")])
        let history = try JournalHistory.read(path: folder.path("j"), operation: nil)
        #expect(history.states["a"] == .written(before: nil, after: "A"))
        #expect(folder.jsonLines("j").count == 2)
    }

    @Test func aFileThatIsNotAJournalIsRefusedByLine() throws {
        let folder = try ScratchFolder()
        try folder.write("j", Data((String(decoding: record(.intent, "a", before: nil, after: "A").line, as: UTF8.self) + "hello\n{}\n").utf8))
        #expect(throws: JournalError.invalidLine(path: folder.path("j"), line: 2)) {
            try JournalHistory.read(path: folder.path("j"), operation: nil)
        }
    }

    @Test func theNetChangeRunsFromTheFirstBeforeToTheLastAfter() throws {
        let folder = try ScratchFolder()
        let journal = try JournalFile(path: folder.path("j"))
        try journal.append([record(.result, "a", before: nil, after: "A1", status: 204), record(.result, "a", before: "A1", after: "A2", status: 204)])
        let history = try JournalHistory.read(path: folder.path("j"), operation: nil)
        #expect(history.changes.map { [$0.cloudID, $0.before, $0.after] } == [["a", nil, "A2"]])
    }
}
