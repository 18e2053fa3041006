import ArgumentParser
import Foundation
import HardmatchMigration

/// `hardmatch script PLAN`: the plan's writes as a Microsoft Graph PowerShell script (SPEC §6).
struct Script: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a Microsoft Graph PowerShell script that makes the plan's writes.",
        discussion: """
        Nothing is sent anywhere: the script is for administrators who review and run changes themselves.

        Examples:
          hardmatch script plan.json > set-immutable-ids.ps1
        """
    )

    @Argument(help: ArgumentHelp("The plan: the output of hardmatch plan --format json.", valueName: "PLAN"))
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically, mode 0600) instead of standard output.", valueName: "PATH"))
    var output: String?

    func run() async throws {
        let text: String
        do {
            let writes = try PlanReader.read(path: plan)
            text = try PowerShellScript.make(writes, planName: URL(fileURLWithPath: plan).lastPathComponent)
        } catch let error as PlanError {
            throw CommandFailure(error.description)
        } catch let error as PowerShellScript.ScriptError {
            throw CommandFailure("\(plan): \(error.description)")
        }
        let sink = try OutputSink(path: output)
        try sink.write(text)
        try sink.commit()
    }
}
