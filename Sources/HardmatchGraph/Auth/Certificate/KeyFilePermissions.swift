import Foundation

/// Refuses a private key file that its owner's group or other users may access, as ssh does.
///
/// Refusing rather than warning: a warning scrolls past in a scheduled job's log, and a key
/// others can read must be treated as leaked. A file that cannot be examined is left for the
/// read that follows to report.
enum KeyFilePermissions {
    static func check(_ path: String) throws(CertificateError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let mode = Int(info.st_mode) & 0o777
        if mode & 0o077 != 0 {
            throw .keyFileOpen(path: path, mode: mode)
        }
    }
}
