import ArgumentParser
import HardmatchGraph
import HardmatchMigration

/// `hardmatch apply PLAN`: writes the plan's ImmutableIds to the cloud users (SPEC §6).
struct Apply: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan's ImmutableIds to the cloud users (a dry run unless --yes).",
        discussion: """
            Each user is read again first and left alone (and reported) when its state differs from \
            the plan, or it is a guest, an administrator, synchronised, or has another ImmutableId. \
            Every write is journaled; a re-run with the same --journal resumes, and \
            `hardmatch undo JOURNAL` takes the writes back.

            Examples:
              hardmatch apply plan.json --token-env GRAPH_TOKEN
              hardmatch apply plan.json --token-env GRAPH_TOKEN --yes --journal apply.journal
            """
    )

    @Argument(help: ArgumentHelp("The plan: the output of hardmatch plan --format json.", valueName: "PLAN"))
    var plan: String

    @OptionGroup(title: "Microsoft Graph")
    var graph: GraphOptions

    @Flag(name: .shortAndLong, help: "On standard error, list the Graph client's requests, retries, Retry-After waits and skipped writes.")
    var verbose = false

    @Flag(help: "Make the writes. Without it, a dry run shows what would be written.")
    var yes = false

    @Option(help: ArgumentHelp("Journal every write here (NDJSON, appended); needed with --yes. A re-run with the same journal resumes.", valueName: "PATH"))
    var journal: String?

    func validate() throws {
        if yes && journal == nil {
            throw ValidationError("--yes needs --journal PATH: every write is journaled, so that it can be resumed and undone")
        }
    }

    func run() async throws {
        let file: PlanFile
        do {
            file = try PlanReader.readFile(path: plan)
        } catch {
            throw CommandFailure(error.description)
        }
        if !file.unknownRoleParts.isEmpty {
            throw CommandFailure("\(plan): the plan's role holders are unknown (\(file.unknownRoleParts.joined(separator: ", ")) could not be read), so it may propose writes to administrators; make the plan again with credentials that can read them, or with --admins PATH")
        }
        let writes = file.writes
        try await WriteRun(operation: .apply, graph: graph, journalPath: journal, write: yes, verbose: verbose).run(writes.map(WriteTarget.init))
    }
}
