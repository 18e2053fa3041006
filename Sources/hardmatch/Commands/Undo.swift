import ArgumentParser

/// `hardmatch undo`: not built yet (see the open issues).
struct Undo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not available yet.", shouldDisplay: false)

    func run() async throws {
        throw CommandFailure("hardmatch undo is not available yet")
    }
}
