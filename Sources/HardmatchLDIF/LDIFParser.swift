import HardmatchCore

/// An incremental RFC 2849 reader: bytes in, in chunks cut anywhere; records out.
///
/// Pure and synchronous, so it can be fed from a file, a pipe or a test, and so memory
/// stays bounded by the longest line rather than by the file: feed a chunk, then call
/// `next()` until it returns nil, then feed the next chunk; call `finish()` after the last.
///
/// It reads what `ldapsearch -LLL` and `ldifde -f` write: `version: 1`, comments, folded
/// lines, `::` base64 values, `;range=`/`;binary` options, `changetype: add`, CRLF, a
/// UTF-8 byte order mark. `control:` lines are ignored: they tell a server how to apply a
/// change (or, in plain `ldapsearch` output, carry paging cookies) and hold no attribute
/// data. Continuation references are delivered as `.reference` records, not entries.
public struct LDIFParser: Sendable {
    public let options: Options
    private var lines: LDIFLineSplitter
    private var records: LDIFRecordBuilder
    private var failure: LDIFError?
    private var ended = false

    public init(options: Options = Options()) {
        self.options = options
        self.lines = LDIFLineSplitter(
            maximumLineLength: options.maximumLineLength,
            maximumLogicalLength: options.maximumValueLength
        )
        self.records = LDIFRecordBuilder(options: options)
    }

    /// Adds the next bytes of the input; call `next()` until it returns nil before feeding more.
    public mutating func feed(_ bytes: some Collection<UInt8>) {
        lines.feed(bytes)
    }

    /// Marks the end of the input: a last line without a line end and the last record complete.
    public mutating func finish() {
        lines.finish()
    }

    /// The next complete record; nil when more input is needed or, after `finish()`, the
    /// input is done. After an error every further call throws the same error.
    public mutating func next() throws(LDIFError) -> LDIFRecord? {
        if let failure { throw failure }
        do {
            while let line = try lines.next() {
                if let record = try records.consume(line) { return record }
            }
            if lines.isExhausted, !ended {
                ended = true
                return records.finish()
            }
            return nil
        } catch {
            failure = error
            throw error
        }
    }

    /// Every record of a complete input held in memory; for tests and small files.
    public static func parse(_ bytes: some Collection<UInt8>, options: Options = Options()) throws(LDIFError) -> [LDIFRecord] {
        var parser = LDIFParser(options: options)
        parser.feed(bytes)
        parser.finish()
        var records: [LDIFRecord] = []
        while let record = try parser.next() { records.append(record) }
        return records
    }
}
