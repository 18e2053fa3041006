#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an LDIF export from a file, or from standard input for `-`, a chunk at a time.
///
/// Memory stays constant whatever the file's size: one read buffer, the unfinished line
/// and the record being built. Errors are `LDIFFileError` when the file cannot be read,
/// `LDIFError` when its content is not a usable export, or whatever `body` throws.
public struct LDIFFileReader: Sendable {
    /// The path as given; `-` is standard input.
    public let path: String
    public var options: LDIFParser.Options
    public var chunkSize: Int

    public init(path: String, options: LDIFParser.Options = LDIFParser.Options(), chunkSize: Int = 1 << 20) {
        self.path = path
        self.options = options
        self.chunkSize = max(1, chunkSize)
    }

    /// Calls `body` with each record in file order, stopping at the first error.
    public func forEach(_ body: (LDIFRecord) throws -> Void) throws {
        let isStandardInput = path == "-"
        let descriptor: Int32
        do {
            descriptor = isStandardInput ? 0 : try LocalFile.openForReading(path)
        } catch {
            throw LDIFFileError(path: path, operation: .open, reason: error.reason)
        }
        defer { if !isStandardInput { _ = close(descriptor) } }

        var parser = LDIFParser(options: options)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count: Int
            do {
                count = try LocalFile.readChunk(descriptor, into: &chunk)
            } catch {
                throw LDIFFileError(path: path, operation: .read, reason: error.reason)
            }
            if count == 0 { break }
            parser.feed(chunk[0..<count])
            while let record = try parser.next() { try body(record) }
        }
        parser.finish()
        while let record = try parser.next() { try body(record) }
    }
}

/// A file that could not be opened or read, with the system's reason.
public struct LDIFFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Operation: String, Sendable {
        case open, read
    }

    public var path: String
    public var operation: Operation
    public var reason: String

    public var description: String {
        "cannot \(operation.rawValue) \(path == "-" ? "standard input" : path): \(reason)"
    }
}
