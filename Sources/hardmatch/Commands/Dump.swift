import ArgumentParser
import Foundation
import HardmatchCore

/// `hardmatch dump`: every in-scope on-premises user with its anchors.
struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List on-premises users with their ImmutableId and source anchor.",
        discussion: """
        Reads Active Directory over LDAP (--uri ...) or an LDIF export (--ldif PATH) and \
        prints each user account with objectGUID, ImmutableId, mS-DS-ConsistencyGuid and the \
        source anchor Entra Connect will use. The password comes from --password-env, \
        --password-file or a prompt; there is no flag that takes it on the command line.

        Examples:
          hardmatch dump --uri ldaps://dc1.corp.example.com --bind-dn svc@corp.example.com --password-env DC_PASSWORD
          hardmatch dump --ldif users.ldif --format csv --output users.csv
        """
    )

    @OptionGroup var source: DirectorySourceOptions

    @OptionGroup(title: "Output")
    var output: OutputOptions

    @Flag(name: .shortAndLong, help: "On standard error, also list search continuation references and what the LDAP and Graph clients do: connections, pages, requests, retries.")
    var verbose = false

    func run() async throws {
        let sink = try OutputSink(path: output.output)
        var writer = UserListWriter(format: output.format ?? (sink.isTerminal ? .table : .ndjson), sink: sink, formulas: output.csvOptions.formulas)

        try writer.begin()
        let summary: UserSource.Summary
        do {
            summary = try await UserSource(options: source).readUsers(verbose: verbose) { try writer.append($0) }
        } catch let failure as CommandFailure {
            try? writer.writeHeldRows()
            throw CommandFailure("\(failure.message); \(Self.partialOutcome(users: writer.count, sink: sink, toFile: output.output != nil))")
        }
        try writer.end()
        try sink.commit()
        if Terminal.standardError.isInteractive {
            Terminal.standardError.writeLine("\(writer.count) users from \(summary.description)")
        }
        if summary.problems > 0 {
            throw CommandFailure("\(summary.problems) entr\(summary.problems == 1 ? "y" : "ies") could not be read as users (listed above); the output lacks them")
        }
    }

    /// What became of the users read before a failure, as it is: a file is never written,
    /// and on standard output the users read are printed (buffered ones flushed first), so
    /// that the message can say exactly what is above it.
    private static func partialOutcome(users: Int, sink: OutputSink, toFile: Bool) -> String {
        if toFile { return "no output file was written" }
        guard users > 0 else { return "no user was printed" }
        guard (try? sink.flush()) != nil else { return "\(users) user\(users == 1 ? " was" : "s were") read before it, and not all of them could be printed" }
        return "the \(users) user\(users == 1 ? "" : "s") read before it \(users == 1 ? "is" : "are") printed above, and the list is incomplete"
    }
}
