import Foundation

/// A helper server from `scripts/test-servers`, run as its own process on 127.0.0.1.
public final class ScriptServer: @unchecked Sendable {
    public let port: Int
    private let process: Process

    /// Starts `scripts/test-servers/NAME` and reads the port it prints first.
    public init(_ name: String, _ arguments: [String] = []) throws {
        let script = repositoryRoot.appendingPathComponent("scripts/test-servers/\(name)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw ServerError.noPort(name)
        }
        self.port = port
    }

    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    public enum ServerError: Error {
        case noPort(String)
    }
}

extension ScriptServer {
    /// Accepts connections and never answers.
    public static func silent() throws -> ScriptServer {
        try ScriptServer("silent_server.py")
    }

    /// Forwards the first connection to `first` and every later one to `rest`: one name
    /// for two domain controllers.
    public static func routingProxy(first: String, rest: String) throws -> ScriptServer {
        try ScriptServer("routing_proxy.py", [first, rest])
    }

    /// Forwards to `target` and drops the connection after the server sent `cutAfterBytes`;
    /// with `only`, just that connection (1 for the first accepted) and not the others; with
    /// `reset`, the cut is a TCP reset rather than an orderly close.
    public static func cuttingProxy(target: String, cutAfterBytes: Int, only: Int? = nil, reset: Bool = false) throws -> ScriptServer {
        try ScriptServer("cutting_proxy.py", [target, String(cutAfterBytes)] + (only.map { [String($0)] } ?? []) + (reset ? ["--reset"] : []))
    }
}

/// The repository's root folder, found from this source file's place in it.
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
