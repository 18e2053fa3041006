import Foundation
import HardmatchTestSupport
import Testing

/// The help a first-time user reads: examples, one spelling of placeholders, a pointer on errors.
@Suite struct HelpTests {
    static let subcommands = ["convert", "dump", "check", "plan", "apply", "undo", "script"]

    @Test(arguments: subcommands)
    func everySubcommandHasExamples(subcommand: String) throws {
        let help = try CommandRunner.run([subcommand, "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Examples:"))
        #expect(help.output.contains("  hardmatch \(subcommand) "))
    }

    @Test func placeholdersAreSpelledOneWay() throws {
        let help = try CommandRunner.run(["plan", "--help"]).output
        for placeholder in ["--password-env <NAME>", "--password-file <PATH>", "--ldif <PATH>", "--cloud <PATH>", "--bind-dn <DN>", "--timeout <SECONDS>"] {
            #expect(help.contains(placeholder), "\(placeholder)")
        }
        for old in ["<password-env>", "<file>", "<dn>", "<password-file>"] {
            #expect(!help.contains(old), "\(old)")
        }
    }

    @Test func aUsageErrorPointsToTheSubcommandsHelp() throws {
        let result = try CommandRunner.run(["dump", "--page-size", "0"])
        #expect(result.status == 64)
        #expect(result.errorLines.last?.hasSuffix("(see hardmatch dump --help)") == true, "\(result.standardError)")
        let unknown = try CommandRunner.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.errorLines.last?.hasSuffix("(see hardmatch --help)") == true, "\(unknown.standardError)")
    }
}
