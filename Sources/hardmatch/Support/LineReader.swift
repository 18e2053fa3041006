import Foundation

/// Reads a file descriptor line by line in large chunks, without decoding whole files.
///
/// Lines longer than `maximumLineLength` are reported, not buffered: arbitrary bytes on
/// standard input (a binary file piped in by mistake) must not grow memory without bound.
struct LineReader {
    let descriptor: Int32
    var maximumLineLength = 1 << 16

    enum Line {
        case text(ArraySlice<UInt8>)
        case tooLong(length: Int)
    }

    /// Calls `body` with each line (without its `\n` or `\r\n`) and its 1-based number.
    func forEachLine(_ body: (Line, Int) throws -> Void) throws {
        var pending: [UInt8] = []
        var overflow = 0
        var number = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0x0a {
                number += 1
                if overflow > 0 {
                    try body(.tooLong(length: overflow + index - start), number)
                    overflow = 0
                } else if pending.isEmpty {
                    try body(.text(Self.trimmingCarriageReturn(chunk[start..<index])), number)
                } else {
                    pending.append(contentsOf: chunk[start..<index])
                    try body(.text(Self.trimmingCarriageReturn(pending[...])), number)
                    pending.removeAll(keepingCapacity: true)
                }
                start = index + 1
            }
            if start < count {
                if overflow > 0 || pending.count + (count - start) > maximumLineLength {
                    overflow += pending.count + count - start
                    pending.removeAll()
                } else {
                    pending.append(contentsOf: chunk[start..<count])
                }
            }
        }
        if overflow > 0 {
            number += 1
            try body(.tooLong(length: overflow), number)
        } else if !pending.isEmpty {
            number += 1
            try body(.text(Self.trimmingCarriageReturn(pending[...])), number)
        }
    }

    private static func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0d ? line.dropLast() : line
    }
}
