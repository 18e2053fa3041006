import Foundation

/// Reads a file that holds a secret (a bind password, a Graph token), refusing one that
/// other users may read, as the client key is refused (and as ssh does).
///
/// Only a regular file is examined: a pipe (`--password-file <(pass show ad)`) or a
/// descriptor under /dev/fd belongs to this process alone.
enum SecretFile {
    /// The file's bytes; `option` names the flag in messages (`--password-file`).
    static func read(_ path: String, option: String) throws -> Data {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            let mode = Int(info.st_mode) & 0o777
            if mode & 0o077 != 0 {
                throw CommandFailure("\(option) \(path): the file is accessible to other users (mode \(String(mode, radix: 8))); run chmod 600 \(path) (hardmatch refuses a secret others can read)")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(option) \(path): cannot read the file")
        }
        return data
    }
}
