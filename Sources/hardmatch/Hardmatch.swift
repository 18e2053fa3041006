import ArgumentParser
import Foundation

/// The `hardmatch` command line: one subcommand per job of SPEC §8.
@main
struct Hardmatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hardmatch",
        abstract: "Compute Entra ID ImmutableIds from Active Directory and hard-match on-premises users to cloud users.",
        version: "0.1.0",
        subcommands: [Convert.self, Dump.self, Check.self, Plan.self, Apply.self, Undo.self, Script.self, Verify.self]
    )

    /// Runs a command and turns every failure into one `error:` line and an exit status.
    ///
    /// ArgumentParser's own reporting prints `Error:` and a usage block; SPEC §8 promises
    /// administrators (and their scripts) exactly one line starting `error:`.
    static func main() async {
        // A server that closes its socket, or a reader that closes the pipe (`| head`),
        // must give an error to report, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch is OutputClosed {
            // The reader of standard output went away (`| head`): nothing left to say.
            Foundation.exit(ExitStatus.failure.rawValue)
        } catch let failure as CommandFailure {
            Terminal.standardError.writeLine("error: \(failure.message)\(failure.status == .usage ? Self.seeHelp() : "")")
            Foundation.exit(failure.status.rawValue)
        } catch let exitCode as ExitCode {
            Foundation.exit(exitCode.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text is the answer.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = message(for: error).split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? "\(error)"
            Terminal.standardError.writeLine("error: \(Self.lowercasingFirst(message))\(code.rawValue == ExitStatus.usage.rawValue ? Self.seeHelp() : "")")
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(0)
    }

    /// Where a usage error's reader finds the right way: the subcommand's own help.
    private static func seeHelp() -> String {
        let arguments = CommandLine.arguments.dropFirst()
        let names = configuration.subcommands.map { $0._commandName }
        if let subcommand = arguments.first, names.contains(subcommand) {
            return " (see hardmatch \(subcommand) --help)"
        }
        return " (see hardmatch --help)"
    }

    private static func lowercasingFirst(_ message: String) -> String {
        var text = message
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
