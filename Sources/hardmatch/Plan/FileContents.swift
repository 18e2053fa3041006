import Foundation

/// Reads a whole input file into bytes with read(2), naming the file when it cannot.
///
/// Not `Data(contentsOf:)`: a Graph export of a large tenant is hundreds of megabytes,
/// and converting `Data` to `[UInt8]` would hold it twice.
///
/// Every read is bounded: `/dev/zero` or a runaway file fails with a message instead of
/// taking all the memory there is.
enum FileContents {
    /// The largest `--cloud` page: far above a Graph export page; a larger export is given
    /// as several files.
    static let cloudLimit = 1 << 30
    /// The largest of the small inputs (`--sync-features`, `--admins`, `--mapping`).
    static let smallLimit = 64 << 20

    static func read(_ path: String, option: String, limit: Int = smallLimit) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandFailure("\(option) \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw CommandFailure("\(option) \(path): \(String(cString: strerror(errno)))")
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure("\(option) \(path): is a directory, not a file")
        }
        var bytes: [UInt8] = []
        if Int(status.st_size) > limit {
            throw Self.tooLarge(path, option: option, limit: limit)
        }
        bytes.reserveCapacity(max(Int(status.st_size), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("\(option) \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            if bytes.count + count > limit {
                throw Self.tooLarge(path, option: option, limit: limit)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func tooLarge(_ path: String, option: String, limit: Int) -> CommandFailure {
        let shown = limit >= 1 << 30 ? "\(limit >> 30) GiB" : "\(limit >> 20) MiB"
        let split = option == "--cloud" ? ": give a larger export as several --cloud files, one per page" : ""
        return CommandFailure("\(option) \(path): larger than \(shown), not the file this option takes\(split)")
    }
}
