import Foundation

/// The `hardmatch` binary running while the test watches it, so it can be killed mid-run.
public final class BackgroundCommand: @unchecked Sendable {
    private let process = Process()
    private let errorFile: URL

    public init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-bg-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    deinit {
        try? FileManager.default.removeItem(at: errorFile)
    }

    public var isRunning: Bool { process.isRunning }

    /// The running process's id, to read what the system shows of it (`/proc/PID/cmdline`).
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Waits until `condition` holds (checked every 10 ms) or the process ends; true when it held.
    public func wait(until condition: () -> Bool, timeout: TimeInterval = 120) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// SIGKILL: no handler runs, no buffer is flushed, as in a crash or a power cut.
    public func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Sends `signal` (SIGINT: Ctrl-C) and waits for the process to end; its exit status.
    public func interrupt(_ signal: Int32 = SIGINT, timeout: TimeInterval = 120) -> Int32? {
        Foundation.kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        return process.isRunning ? nil : process.terminationStatus
    }

    public var standardError: String {
        String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
    }
}
