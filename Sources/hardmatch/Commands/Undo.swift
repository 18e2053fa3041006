import ArgumentParser
import Foundation
import HardmatchGraph
import HardmatchMigration

/// `hardmatch undo JOURNAL`: restores the values an `apply` journal records as overwritten (SPEC §6).
struct Undo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore the ImmutableIds an apply journal records (a dry run unless --yes).",
        discussion: """
            A user is restored only while it still holds the value the journal says was written; \
            one changed since is left alone and reported.

            Examples:
              hardmatch undo apply.journal --token-env GRAPH_TOKEN
              hardmatch undo apply.journal --token-env GRAPH_TOKEN --yes --journal undo.journal
            """
    )

    @Argument(help: ArgumentHelp("The journal of the apply to take back.", valueName: "JOURNAL"))
    var source: String

    @OptionGroup(title: "Microsoft Graph")
    var graph: GraphOptions

    @Flag(name: .shortAndLong, help: "On standard error, list the Graph client's requests, retries, Retry-After waits and skipped writes.")
    var verbose = false

    @Flag(help: "Make the writes. Without it, a dry run shows what would be restored.")
    var yes = false

    @Option(help: ArgumentHelp("Journal of this undo's own writes; needed with --yes, and not the apply journal.", valueName: "PATH"))
    var journal: String?

    func validate() throws {
        if yes && journal == nil {
            throw ValidationError("--yes needs --journal PATH: the undo's writes are journaled too")
        }
        if let journal, Self.samePath(journal, source) {
            throw ValidationError("--journal \(journal) is the journal being undone; give the undo its own journal file")
        }
    }

    func run() async throws {
        guard FileManager.default.fileExists(atPath: source) else {
            throw CommandFailure("\(source): no such journal")
        }
        let history: JournalHistory
        do {
            history = try JournalHistory.read(path: source, operation: nil)
        } catch {
            throw CommandFailure(error.description)
        }
        guard !history.changes.isEmpty else {
            Terminal.standardOutput.writeLine("nothing to undo: \(source) records no write that was made")
            return
        }
        try await WriteRun(operation: .undo, graph: graph, journalPath: journal, write: yes, verbose: verbose).run(history.changes.map(WriteTarget.init(undoing:)))
    }

    private static func samePath(_ first: String, _ second: String) -> Bool {
        func canonical(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return canonical(first) == canonical(second)
    }
}
