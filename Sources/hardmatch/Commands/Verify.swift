import Foundation
import ArgumentParser
import HardmatchCore
import HardmatchGraph
import HardmatchMigration

/// `hardmatch verify PLAN`: what the first sync actually did with every plan entry (SPEC §7a).
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "After the first sync: check every plan entry against the cloud users as they are now.",
        discussion: """
            Reads the plan and the cloud users (live with the Graph flags, or --cloud FILE exported \
            after the sync with onPremisesProvisioningErrors selected) and gives every entry a \
            status: asPlanned, notSyncedYet, duplicated (one person, two accounts), syncError \
            (Entra's provisioning errors) or unexpected. Exit status 0 when every entry is \
            asPlanned, 3 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The plan: the output of hardmatch plan --format json.", valueName: "PLAN"))
    var plan: String

    @Option(name: .customLong("cloud"), help: ArgumentHelp("A Graph export of the cloud users taken after the sync; repeat for every page.", valueName: "file"))
    var cloudFiles: [String] = []

    @OptionGroup(title: "Microsoft Graph (read the cloud users live instead of --cloud)")
    var graph: GraphOptions

    @Option(help: "Output format: json, ndjson, csv, table or html (default: table on a terminal, json otherwise).")
    var format: ReportOutputFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically, mode 0600) instead of standard output.")
    var output: String?

    @OptionGroup var csvOptions: CSVOptions

    @Option(help: ArgumentHelp("How to read live Graph: auto (fewer requests), batch or list.", visibility: .hidden))
    var read: VerifyReadMode = .auto

    func validate() throws {
        try graph.requireOneCloudSource(files: cloudFiles, export: " taken after the sync")
    }

    func run() async throws {
        let entries: [PlannedEntry]
        do {
            entries = try VerifyPlanReader.read(path: plan)
        } catch {
            throw CommandFailure(error.description)
        }
        let (users, source) = try await readCloudUsers(for: entries)
        let report = Verifier(cloud: VerifyCloud(users), plan: entries).verify(entries)

        let sink = try OutputSink(path: output)
        switch format ?? (sink.isTerminal ? .table : .json) {
        case .json: try sink.write(VerifyFormat.json(report))
        case .ndjson: try sink.write(VerifyFormat.ndjson(report))
        case .csv: try sink.write(VerifyFormat.csv(report, formulas: csvOptions.formulas))
        case .table: try sink.write(VerifyFormat.table(report))
        case .html:
            let read = VerifyHTML.Source(cloudUsers: graph.isGiven ? "read live from Microsoft Graph (\(source))" : "\(source) given with --cloud", count: users.count, readAt: graph.isGiven ? Date().ISO8601Format() : nil)
            try sink.write(VerifyHTML.html(report, source: read))
        }
        try sink.commit()
        Terminal.standardError.writeLine("verify: \(entries.count) entr\(entries.count == 1 ? "y" : "ies") against \(users.count) cloud users (\(source)): \(report.summaryLine)")
        if !report.allAsPlanned {
            throw ExitCode(ExitStatus.findings.rawValue)
        }
    }

    /// The cloud users, and where they came from, for the summary line.
    private func readCloudUsers(for entries: [PlannedEntry]) async throws -> ([CloudUser], String) {
        guard graph.isGiven else {
            var set = CloudUserSet()
            try set.addExportFiles(cloudFiles)
            for finding in set.findings { Terminal.standardError.writeLine("warning: \(finding)") }
            return (set.users, "from \(cloudFiles.count) file\(cloudFiles.count == 1 ? "" : "s")")
        }
        let strategy = read.strategy(for: entries)
        do {
            let users = try await GraphClient(configuration: try graph.configuration()).verifyUsers(for: entries, strategy: strategy)
            return (users, strategy == .batch ? "read by id in $batch calls" : "read as paged lists")
        } catch let error as GraphError {
            throw CommandFailure("reading the cloud users from Microsoft Graph: \(error)")
        }
    }
}
