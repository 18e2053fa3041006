import Foundation

/// Debian's `chromium`, headless: the real browser the HTML reports are tested in.
///
/// Not optional: `scripts/install-deps` installs it, so a machine without it fails the
/// tests with a message saying so rather than passing them untested.
public struct HeadlessChromium {
    public let binary: URL

    /// Finds `chromium` (or `$HARDMATCH_CHROMIUM`) on the PATH.
    public init() throws {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["HARDMATCH_CHROMIUM"] {
            binary = URL(fileURLWithPath: path)
            return
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    binary = candidate
                    return
                }
            }
        }
        throw Failure("chromium is not installed: run scripts/install-deps (the HTML report tests need a real browser)")
    }

    /// What went wrong running the browser.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// The DOM after the page's scripts ran, serialised (`--dump-dom`).
    public func dumpDOM(_ url: URL) throws -> String {
        String(decoding: try run(["--dump-dom", url.absoluteString]), as: UTF8.self)
    }

    /// A PNG of the page at `width` × `height` pixels.
    public func screenshot(_ url: URL, to path: String, width: Int = 1280, height: Int = 2000) throws {
        _ = try run(["--screenshot=\(path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url.absoluteString])
        guard FileManager.default.fileExists(atPath: path) else { throw Failure("chromium wrote no screenshot to \(path)") }
    }

    /// Runs chromium with its own throwaway profile, no network and no GPU, and returns its
    /// standard output.
    private func run(_ arguments: [String]) throws -> Data {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("hardmatch-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=10000",
        ] + arguments
        let output = Pipe()
        let errors = FileHandle(forWritingAtPath: "/dev/null")
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("chromium \(arguments.first ?? "") exited with status \(process.terminationStatus)")
        }
        return data
    }
}
