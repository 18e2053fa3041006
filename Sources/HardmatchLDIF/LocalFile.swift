#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over open(2)/read(2), so the LDIF reader needs no Foundation.
enum LocalFile {
    /// Why a file could not be opened or read, in the words of the system.
    struct Failure: Error, Equatable {
        var reason: String

        static func lastError() -> Failure {
            Failure(reason: String(cString: strerror(errno)))
        }
    }

    static func openForReading(_ path: String) throws(Failure) -> Int32 {
        while true {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw .lastError() }
        }
    }

    /// Reads up to `into.count` bytes, retrying interrupted reads; 0 at end of file.
    static func readChunk(_ descriptor: Int32, into buffer: inout [UInt8]) throws(Failure) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw .lastError() }
        }
    }

    /// The whole file, or a failure when it is larger than `limit` bytes.
    static func contents(of path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = try openForReading(path)
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = try readChunk(descriptor, into: &chunk)
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[0..<count])
            if contents.count > limit { throw Failure(reason: "larger than \(LDIFText.size(limit))") }
        }
    }
}
