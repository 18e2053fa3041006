import Foundation

/// Runs the built `hardmatch` binary with arguments, environment and standard input.
///
/// The binary sits beside the test bundle in the build folder, whatever `--scratch-path`
/// was used; `HARDMATCH_BINARY` overrides it.
public struct CommandRunner {
    public struct Result {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: String

        public var output: String { String(decoding: standardOutput, as: UTF8.self) }
        public var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["HARDMATCH_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On macOS the test binary is inside a .xctest bundle.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" || directory.lastPathComponent == "Contents" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("hardmatch")
    }

    /// Runs `hardmatch arguments...` with `input` as its standard input.
    public static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged

        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-in-\(UUID().uuidString)")
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-out-\(UUID().uuidString)")
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: inputFile.path, contents: input)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer {
            for file in [inputFile, outputFile, errorFile] { try? FileManager.default.removeItem(at: file) }
        }
        // Files, not pipes: a large output cannot fill a pipe buffer and stall the child, and
        // a child that exits before reading its input cannot end this process with SIGPIPE.
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw RunnerError.timedOut(arguments)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return Result(
            status: process.terminationStatus,
            standardOutput: try Data(contentsOf: outputFile),
            standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        )
    }

    public enum RunnerError: Error {
        case timedOut([String])
    }
}
