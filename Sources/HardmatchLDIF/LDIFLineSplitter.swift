#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a byte stream into logical LDIF lines: unfolded, without line ends, numbered.
///
/// Input arrives in chunks cut anywhere, so a line is only handed out once its end and the
/// first byte of the line after it are known (that byte says whether the next line folds
/// into this one). Folded pieces are joined as bytes before anything is decoded, because
/// writers fold in the middle of UTF-8 sequences and base64 groups. Unfolded lines, nearly
/// all of them, are handed out as slices of the input buffer without copying.
struct LDIFLineSplitter: Sendable {
    enum Line: Equatable {
        case blank(number: Int)
        /// A non-blank line, continuations joined; `number` is where it starts.
        case content(ArraySlice<UInt8>, number: Int)
    }

    let maximumLineLength: Int
    let maximumLogicalLength: Int

    private var buffer: [UInt8] = []
    private var position = 0
    private var linesConsumed = 0
    private var finished = false
    private var checkedStart = false
    /// Where the search for the current line's end may resume: no line feed lies before it.
    private var scannedUpTo = 0
    private var joined: [UInt8] = []

    init(maximumLineLength: Int, maximumLogicalLength: Int) {
        self.maximumLineLength = maximumLineLength
        self.maximumLogicalLength = maximumLogicalLength
    }

    /// True once `finish()` was called and every byte has been handed out.
    var isExhausted: Bool { finished && position == buffer.count }

    // MARK: - Input

    mutating func feed(_ bytes: some Collection<UInt8>) {
        precondition(!finished, "LDIF input fed after finish()")
        if position > 0 {
            if position == buffer.count {
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.removeSubrange(0..<position)
            }
            scannedUpTo = max(0, scannedUpTo - position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    mutating func finish() {
        finished = true
    }

    // MARK: - Lines

    /// The next logical line; nil when more input is needed or, after `finish()`, none is left.
    mutating func next() throws(LDIFError) -> Line? {
        if !checkedStart {
            guard try skipByteOrderMark() else { return nil }
        }
        let count = buffer.count
        guard position < count else { return nil }
        let number = linesConsumed + 1
        guard let first = try physicalLine(at: position, number: number) else { return nil }
        if first.end == position {
            consume(upTo: first.next, lines: 1)
            return .blank(number: number)
        }
        if buffer[position] == UInt8(ascii: " ") {
            throw LDIFError(line: number, .continuationWithoutLine)
        }
        var cursor = first.next
        var lines = 1
        var isJoined = false
        while true {
            if cursor == count {
                guard finished else {
                    if count - position > maximumLogicalLength { throw valueTooLong(number) }
                    return nil
                }
                break
            }
            guard buffer[cursor] == UInt8(ascii: " ") else { break }
            guard let piece = try physicalLine(at: cursor, number: number + lines) else {
                if count - position > maximumLogicalLength { throw valueTooLong(number) }
                return nil
            }
            if !isJoined {
                joined.removeAll(keepingCapacity: true)
                joined.append(contentsOf: buffer[position..<first.end])
                isJoined = true
            }
            joined.append(contentsOf: buffer[(cursor + 1)..<piece.end])
            if joined.count > maximumLogicalLength { throw valueTooLong(number) }
            cursor = piece.next
            lines += 1
        }
        let line: Line = isJoined
            ? .content(joined[...], number: number)
            : .content(buffer[position..<first.end], number: number)
        consume(upTo: cursor, lines: lines)
        return line
    }

    // MARK: - Physical lines

    private mutating func consume(upTo index: Int, lines: Int) {
        position = index
        scannedUpTo = index
        linesConsumed += lines
    }

    /// The line starting at `start`: where its content ends (before CR LF, LF, or a final CR)
    /// and where the next line starts; nil when its end has not arrived yet.
    private mutating func physicalLine(at start: Int, number: Int) throws(LDIFError) -> (end: Int, next: Int)? {
        let count = buffer.count
        let from = max(start, start == position ? scannedUpTo : start)
        let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
            guard from < count, let base = bytes.baseAddress,
                  let found = memchr(base + from, 0x0a, count - from)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var end: Int
        let next: Int
        if let newline {
            end = newline
            next = newline + 1
        } else if finished {
            end = count
            next = count
        } else {
            if start == position { scannedUpTo = count }
            if count - start > maximumLineLength { throw LDIFError(line: number, .lineTooLong(limit: maximumLineLength)) }
            return nil
        }
        if end > start, buffer[end - 1] == 0x0d { end -= 1 }
        if end - start > maximumLineLength { throw LDIFError(line: number, .lineTooLong(limit: maximumLineLength)) }
        return (end, next)
    }

    /// Skips a UTF-8 byte order mark at the very start; false until enough bytes arrived to tell.
    private mutating func skipByteOrderMark() throws(LDIFError) -> Bool {
        let mark: [UInt8] = [0xef, 0xbb, 0xbf]
        let head = buffer.prefix(3)
        if head.count >= 2, head.starts(with: [0xff, 0xfe]) || head.starts(with: [0xfe, 0xff]) {
            throw LDIFError(line: 1, .utf16)
        }
        if head.count < 3, !finished, mark.starts(with: head) || head == [0xff] || head == [0xfe] {
            return false
        }
        if head.elementsEqual(mark) { position = 3; scannedUpTo = 3 }
        checkedStart = true
        return true
    }

    private func valueTooLong(_ number: Int) -> LDIFError {
        let name = buffer[position...].prefix(100).prefix(while: LDIFAttributeLine.isNameByte)
        return LDIFError(line: number, .valueTooLong(attribute: String(decoding: name, as: UTF8.self), limit: maximumLogicalLength))
    }
}
