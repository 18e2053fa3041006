import ArgumentParser

/// `hardmatch apply`: not built yet (see the open issues).
struct Apply: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not available yet.", shouldDisplay: false)

    func run() async throws {
        throw CommandFailure("hardmatch apply is not available yet")
    }
}
