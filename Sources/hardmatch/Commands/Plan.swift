import ArgumentParser

/// `hardmatch plan`: not built yet (see the open issues).
struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not available yet.", shouldDisplay: false)

    func run() async throws {
        throw CommandFailure("hardmatch plan is not available yet")
    }
}
