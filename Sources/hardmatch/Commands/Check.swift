import ArgumentParser

/// `hardmatch check`: not built yet (see the open issues).
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not available yet.", shouldDisplay: false)

    func run() async throws {
        throw CommandFailure("hardmatch check is not available yet")
    }
}
