import ArgumentParser

/// `hardmatch script`: not built yet (see the open issues).
struct Script: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not available yet.", shouldDisplay: false)

    func run() async throws {
        throw CommandFailure("hardmatch script is not available yet")
    }
}
