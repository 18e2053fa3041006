import Foundation
import HardmatchLDAP

/// Reads a bind password from an environment variable, a file, or a terminal prompt.
enum PasswordSource {
    static func read(environment name: String?, file path: String?, bindDN: String) throws -> Secret {
        if let name {
            guard let value = ProcessInfo.processInfo.environment[name] else {
                throw CommandFailure("--password-env \(name): no such environment variable is set")
            }
            guard !value.isEmpty else { throw CommandFailure("--password-env \(name): the variable is empty") }
            return Secret(value)
        }
        if let path {
            let data = try SecretFile.read(path, option: "--password-file")
            var text = String(decoding: data, as: UTF8.self)
            // A file written by `echo` ends with a newline that is not part of the password.
            if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
            guard !text.isEmpty else { throw CommandFailure("--password-file \(path): the file is empty") }
            return Secret(text)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure("no password for \(bindDN): use --password-env NAME or --password-file PATH (there is no terminal to prompt on)")
        }
        return try prompt("Password for \(bindDN): ")
    }

    /// Prompts on the terminal with echo off.
    private static func prompt(_ text: String) throws -> Secret {
        Terminal.standardError.write(Array(text.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
            Terminal.standardError.writeLine("")
        }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("no password entered")
        }
        return Secret(line)
    }
}
