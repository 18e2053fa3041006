import Foundation
import HardmatchCore
@testable import HardmatchLDIF

/// Shared helpers: parse text, read fixtures, and feed input in chunks of a given size.
enum LDIF {
    static func parse(_ text: String, options: LDIFParser.Options = LDIFParser.Options()) throws(LDIFError) -> [LDIFRecord] {
        try LDIFParser.parse(Array(text.utf8), options: options)
    }

    static func entries(_ text: String, options: LDIFParser.Options = LDIFParser.Options()) throws(LDIFError) -> [DirectoryEntry] {
        try parse(text, options: options).compactMap { record in
            if case .entry(let entry, _) = record { return entry }
            return nil
        }
    }

    /// The error parsing `text` gives, or nil when it parses.
    static func error(_ text: String, options: LDIFParser.Options = LDIFParser.Options()) -> LDIFError? {
        error(Array(text.utf8), options: options)
    }

    static func error(_ bytes: [UInt8], options: LDIFParser.Options = LDIFParser.Options()) -> LDIFError? {
        do {
            _ = try LDIFParser.parse(bytes, options: options)
            return nil
        } catch {
            return error
        }
    }

    /// Feeds `bytes` `size` bytes at a time, draining records after each chunk as a reader does.
    static func parseInChunks(_ bytes: [UInt8], size: Int, options: LDIFParser.Options = LDIFParser.Options()) -> Result<[LDIFRecord], LDIFError> {
        var parser = LDIFParser(options: options)
        var records: [LDIFRecord] = []
        do {
            var start = 0
            while start < bytes.count {
                let end = min(start + size, bytes.count)
                parser.feed(bytes[start..<end])
                while let record = try parser.next() { records.append(record) }
                start = end
            }
            parser.finish()
            while let record = try parser.next() { records.append(record) }
            return .success(records)
        } catch {
            return .failure(error)
        }
    }

    static func fixturePath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: fixturePath(name))))
    }

    static func bytes(_ entry: DirectoryEntry, _ name: String) -> [[UInt8]] {
        entry.values(AttributeName(name))
    }
}
