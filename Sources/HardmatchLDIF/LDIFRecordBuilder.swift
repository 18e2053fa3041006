import HardmatchCore

/// Turns logical lines into records, refusing what would make an export silently incomplete.
///
/// Besides plain entries it recognises what the two export tools add around them:
/// `changetype: add` (ldifde), continuation references (`ref:` records and `# refldap://`
/// comments), and the `search:`/`result:` trailer plain `ldapsearch` writes, whose result
/// code says whether the search finished.
struct LDIFRecordBuilder: Sendable {
    private enum State {
        /// Nothing read yet, where `version: 1` may appear.
        case start
        case between
        case entry
        case reference
        case searchResult
    }

    let options: LDIFParser.Options
    private var names: LDIFAttributeNames
    private var state = State.start
    /// The entry in progress; `reset` at each record, so once the caller has dropped the
    /// previous record its buffers are reused rather than allocated again.
    private var entry = DirectoryEntry(dn: "")
    /// Where each attribute name (by `LDIFAttributeNames` number) went in `entry`, valid
    /// only for the numbers in `usedIDs`, so each value is appended without a name lookup.
    private var indexByID: [DirectoryEntry.AttributeIndex?] = []
    private var usedIDs: [Int] = []
    private var recordLine = 0
    private var recordBytes = 0
    /// Whether the entry in progress has had an attribute line, kept or not.
    private var hasAttributes = false
    private var urls: [String] = []

    init(options: LDIFParser.Options) {
        self.options = options
        self.names = LDIFAttributeNames(kept: options.attributes, text: options.textAttributes)
    }

    // MARK: - Lines

    mutating func consume(_ line: LDIFLineSplitter.Line) throws(LDIFError) -> LDIFRecord? {
        switch line {
        case .blank:
            return endRecord()
        case .content(let bytes, let number):
            return try bytes.withUnsafeBufferPointer { (buffer) throws(LDIFError) -> LDIFRecord? in
                try consume(buffer, number: number)
            }
        }
    }

    /// Ends the record in progress at the end of the input.
    mutating func finish() -> LDIFRecord? {
        endRecord()
    }

    private mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws(LDIFError) -> LDIFRecord? {
        if line[0] == UInt8(ascii: "#") {
            if state == .start || state == .between, let url = Self.referenceComment(line) {
                state = .between
                return .reference(urls: [url], line: number)
            }
            return nil
        }
        let parsed = try LDIFAttributeLine(line, number: number)
        let name = UnsafeBufferPointer(rebasing: line[parsed.name])
        switch state {
        case .start, .between:
            try startRecord(parsed, line, name: name, number: number)
        case .entry:
            try addToEntry(parsed, line, name: name, number: number)
        case .reference:
            if AttributeName.spells(name, "ref") {
                urls.append(String(decoding: try value(parsed, line, number: number), as: UTF8.self))
            }
        case .searchResult:
            if AttributeName.spells(name, "result") {
                let result = try value(parsed, line, number: number)
                guard result.prefix(while: { $0 != UInt8(ascii: " ") }).elementsEqual("0".utf8) else {
                    throw LDIFError(line: number, .searchFailed(result: String(decoding: result, as: UTF8.self)))
                }
            }
        }
        return nil
    }

    // MARK: - Records

    private mutating func startRecord(
        _ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, number: Int
    ) throws(LDIFError) {
        recordLine = number
        recordBytes = 0
        if state == .start, AttributeName.spells(name, "version") {
            let version = try value(parsed, line, number: number)
            guard version.elementsEqual("1".utf8) else {
                throw LDIFError(line: number, .unsupportedVersion(String(decoding: version, as: UTF8.self)))
            }
            state = .between
        } else if AttributeName.spells(name, "dn") {
            entry.reset(dn: try distinguishedName(parsed, line, number: number))
            for id in usedIDs { indexByID[id] = nil }
            usedIDs.removeAll(keepingCapacity: true)
            hasAttributes = false
            state = .entry
        } else if AttributeName.spells(name, "ref") {
            urls = [String(decoding: try value(parsed, line, number: number), as: UTF8.self)]
            state = .reference
        } else if AttributeName.spells(name, "search") {
            state = .searchResult
        } else {
            throw LDIFError(line: number, .missingDN(firstLine: String(decoding: line.prefix(200), as: UTF8.self)))
        }
    }

    /// What one value costs beyond its bytes (its place in the entry's value index), as
    /// counted against `maximumRecordSize`.
    static let valueOverhead = 16

    private mutating func addToEntry(
        _ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, number: Int
    ) throws(LDIFError) {
        let id = names.id(of: name)
        switch names[id].role {
        case .dn:
            throw LDIFError(line: number, .secondDN)
        case .changetype:
            let changetype = String(decoding: try value(parsed, line, number: number), as: UTF8.self)
            guard changetype.lowercased() == "add" else {
                throw LDIFError(line: number, .changeRecord(changetype: changetype))
            }
            return
        case .control:
            return
        case .value:
            hasAttributes = true
            guard names[id].keep else { return }
        }
        if !parsed.options.isEmpty {
            try Self.checkOptions(UnsafeBufferPointer(rebasing: line[parsed.options]), name: name, number: number)
        }
        let count = try appendValue(parsed, line, number: number, to: attributeIndex(id, name: name), text: names[id].text)
        // Every value counts its bytes and what keeping it costs, so a record of millions
        // of empty values is bounded like one of large values.
        recordBytes += count + Self.valueOverhead
        if recordBytes > options.maximumRecordSize {
            throw LDIFError(line: recordLine, .recordTooLarge(limit: options.maximumRecordSize))
        }
    }

    /// Where the attribute numbered `id`, spelled `name` on this line, is in the entry in
    /// progress, added if new.
    private mutating func attributeIndex(_ id: Int, name: UnsafeBufferPointer<UInt8>) -> DirectoryEntry.AttributeIndex {
        // The last number is shared by names beyond the table's capacity: never remembered.
        guard id < LDIFAttributeNames.capacity else { return entry.index(folding: name) }
        if id >= indexByID.count { indexByID.append(contentsOf: repeatElement(nil, count: id + 1 - indexByID.count)) }
        if let index = indexByID[id] { return index }
        let index = entry.index(folding: name)
        indexByID[id] = index
        usedIDs.append(id)
        return index
    }

    private mutating func endRecord() -> LDIFRecord? {
        let previous = state
        if previous != .start { state = .between }
        switch previous {
        case .start, .between, .searchResult:
            return nil
        case .entry:
            return hasAttributes ? .entry(entry, line: recordLine) : .unreadable(dn: entry.dn, line: recordLine)
        case .reference:
            return .reference(urls: urls, line: recordLine)
        }
    }

    // MARK: - Values

    /// Appends the value to the entry in progress and returns its size; text and base64
    /// go straight into the entry's buffer. With `text`, a base64 or URL value must decode
    /// to UTF-8, as a plain one is checked to be.
    private mutating func appendValue(
        _ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, number: Int, to index: DirectoryEntry.AttributeIndex, text: Bool
    ) throws(LDIFError) -> Int {
        var count = 0
        let options = options
        try entry.appendValue(to: index) { (storage: inout [UInt8]) throws(LDIFError) in
            let start = storage.count
            count = try Self.decode(parsed, line, number: number, options: options, appendingTo: &storage)
            guard text, parsed.kind != .text else { return }
            let valid = storage.withUnsafeBufferPointer { LDIFText.isValidUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }
            if !valid { throw LDIFError(line: number, .invalidEncodedUTF8(attribute: String(decoding: line[parsed.name], as: UTF8.self))) }
        }
        return count
    }

    /// The value's bytes, for the lines that are not entry values (`version`, `ref`, ...).
    private func value(_ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, number: Int) throws(LDIFError) -> [UInt8] {
        var bytes: [UInt8] = []
        _ = try Self.decode(parsed, line, number: number, options: options, appendingTo: &bytes)
        return bytes
    }

    /// Appends the value's bytes to `output` (text checked, base64 decoded, a URL followed
    /// only when allowed) and returns how many; on an error `output` may hold a part.
    private static func decode(
        _ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, number: Int, options: LDIFParser.Options,
        appendingTo output: inout [UInt8]
    ) throws(LDIFError) -> Int {
        let raw = UnsafeBufferPointer(rebasing: line[parsed.value])
        let attribute = { String(decoding: line[parsed.name], as: UTF8.self) }
        switch parsed.kind {
        case .text:
            if let problem = Self.textProblem(raw, attribute: attribute()) { throw LDIFError(line: number, problem) }
            output.append(contentsOf: raw)
            return raw.count
        case .base64:
            guard let count = Base64.decode(raw, appendingTo: &output) else {
                throw LDIFError(line: number, .invalidBase64(attribute: attribute()))
            }
            return count
        case .url:
            let url = String(decoding: raw, as: UTF8.self)
            guard options.allowFileURLs, let path = Self.filePath(url) else {
                throw LDIFError(line: number, .urlRefused(attribute: attribute(), url: url))
            }
            do {
                let contents = try LocalFile.contents(of: path, limit: options.maximumValueLength)
                output.append(contentsOf: contents)
                return contents.count
            } catch {
                throw LDIFError(line: number, .urlUnreadable(attribute: attribute(), url: url, reason: error.reason))
            }
        }
    }

    /// The DN as text: written plainly, or base64 (`dn::`) when it is not ASCII or starts oddly.
    private func distinguishedName(_ parsed: LDIFAttributeLine, _ line: UnsafeBufferPointer<UInt8>, number: Int) throws(LDIFError) -> String {
        if parsed.kind == .text {
            let raw = UnsafeBufferPointer(rebasing: line[parsed.value])
            if let problem = Self.textProblem(raw, attribute: "dn") { throw LDIFError(line: number, problem) }
            return String(decoding: raw, as: UTF8.self)
        }
        let decoded = try value(parsed, line, number: number)
        if let problem = decoded.withUnsafeBufferPointer({ Self.textProblem($0, attribute: "dn") }) {
            throw LDIFError(line: number, problem)
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// What makes bytes unacceptable as a textual value: a control character, or not UTF-8.
    private static func textProblem(_ bytes: UnsafeBufferPointer<UInt8>, attribute: @autoclosure () -> String) -> LDIFError.Problem? {
        if LDIFText.isPrintableASCII(bytes) { return nil }
        if let byte = LDIFText.firstControlByte(bytes) { return .controlCharacter(attribute: attribute(), byte: byte) }
        if !LDIFText.isValidUTF8(bytes) { return .invalidUTF8(attribute: attribute()) }
        return nil
    }

    /// Strips options such as `;binary`, and refuses a `;range=LOW-HIGH` that ends short of `*`:
    /// the export then holds only part of the values and the rest would be silently missing.
    private static func checkOptions(_ options: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, number: Int) throws(LDIFError) {
        for option in options.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            guard option.count >= 6, option.prefix(6).map({ $0 | 0x20 }).elementsEqual("range=".utf8) else { continue }
            let bounds = option.dropFirst(6).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            let isNumber = { (part: Slice<UnsafeBufferPointer<UInt8>>) in
                !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }
            let attribute = String(decoding: name, as: UTF8.self)
            let text = String(decoding: option, as: UTF8.self)
            guard bounds.count == 2, isNumber(bounds[0]), isNumber(bounds[1]) || bounds[1].elementsEqual("*".utf8) else {
                throw LDIFError(line: number, .malformedRange(attribute: attribute, option: text))
            }
            if bounds[1].first != UInt8(ascii: "*") {
                throw LDIFError(line: number, .truncatedRange(attribute: attribute, option: text))
            }
        }
    }

    // MARK: - URLs and references

    /// The local path of a `file:///path` or `file://localhost/path` URL, percent-decoded.
    static func filePath(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        guard bytes.count > 7, bytes.prefix(7).map({ $0 | 0x20 }).elementsEqual("file://".utf8) else { return nil }
        var rest = bytes.dropFirst(7)
        if rest.count >= 9, rest.prefix(9).map({ $0 | 0x20 }).elementsEqual("localhost".utf8) { rest = rest.dropFirst(9) }
        guard rest.first == UInt8(ascii: "/") else { return nil }
        var path: [UInt8] = []
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index] == UInt8(ascii: "%") {
                guard index + 2 < rest.endIndex,
                      let byte = UInt8(String(decoding: rest[(index + 1)...(index + 2)], as: UTF8.self), radix: 16),
                      byte != 0
                else { return nil }
                path.append(byte)
                index += 3
            } else {
                path.append(rest[index])
                index += 1
            }
        }
        return String(validating: path, as: UTF8.self)
    }

    /// The URL of a `# refldap://…` comment, the form `ldapsearch -LLL` gives references.
    static func referenceComment(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        var text = line.dropFirst().drop { $0 == UInt8(ascii: " ") }
        guard text.prefix(3).elementsEqual("ref".utf8) else { return nil }
        text = text.dropFirst(3)
        if text.first == UInt8(ascii: ":") { text = text.dropFirst().drop { $0 == UInt8(ascii: " ") } }
        let lowered = text.prefix(8).map { $0 | 0x20 }
        guard lowered.starts(with: "ldap://".utf8) || lowered.starts(with: "ldaps://".utf8) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }
}
