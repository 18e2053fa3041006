import ArgumentParser
import Foundation
import HardmatchCore
import HardmatchLDAP

/// `hardmatch dump`: every in-scope on-premises user with its anchors.
struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List on-premises users with their ImmutableId and source anchor.",
        discussion: """
        Reads Active Directory over LDAP (--uri ...) and prints each user account with \
        objectGUID, ImmutableId, mS-DS-ConsistencyGuid and the source anchor Entra Connect \
        will use. The password comes from --password-env, --password-file or a prompt; \
        there is no flag that takes it on the command line.
        """
    )

    @OptionGroup(title: "Directory (LDAP)")
    var ldap: LDAPOptions

    @OptionGroup(title: "Output")
    var output: OutputOptions

    @Flag(name: .shortAndLong, help: "Also list search continuation references and other notes on standard error.")
    var verbose = false

    func validate() throws {
        guard ldap.isGiven else {
            throw ValidationError("give a directory to read: --uri ldaps://dc.example.com")
        }
    }

    func run() async throws {
        let sink = try OutputSink(path: output.output)
        var writer = UserListWriter(format: output.format ?? (sink.isTerminal ? .table : .ndjson), sink: sink)
        var progress = Progress()
        var problems = 0

        let connection: LDAPConnection
        let base: String
        do {
            connection = try await LDAPConnection.connect(try ldap.configuration())
            if let given = ldap.base {
                base = given
            } else {
                base = try await connection.defaultNamingContext()
            }
        } catch let error as LDAPError {
            throw CommandFailure(error.description)
        }

        try writer.begin()
        do {
            let search = UserSearch(connection: connection, base: base, filter: ldap.filter, pageSize: ldap.pageSize, rangeStep: ldap.rangeSize)
            for try await event in search {
                switch event {
                case .user(let user):
                    try writer.append(user)
                    progress.advance("users")
                case .problem(let problem):
                    problems += 1
                    Terminal.standardError.writeLine("warning: \(problem)")
                case .reference(let urls):
                    if verbose {
                        Terminal.standardError.writeLine("note: ignoring search continuation reference \(urls.joined(separator: " "))")
                    }
                }
            }
        } catch let error as LDAPError {
            progress.finish()
            let kept = output.output == nil ? "the output above is incomplete" : "no output file was written"
            throw CommandFailure("\(error.description); \(writer.count) users were read before it, and \(kept)")
        }
        progress.finish()
        try writer.end()
        try sink.commit()
        if Terminal.standardError.isInteractive {
            Terminal.standardError.writeLine("\(writer.count) users from \(connection.uri) under \(base)")
        }
        if problems > 0 {
            throw CommandFailure("\(problems) entr\(problems == 1 ? "y" : "ies") could not be read as users (listed above); the output lacks them")
        }
    }
}
