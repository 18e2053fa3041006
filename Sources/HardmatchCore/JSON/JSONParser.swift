
/// Builds a `JSONValue` document with Core's strict `JSONScanner`.
///
/// `JSONDecoder` into an enum pays for a coding path and a thrown error on every value that
/// is not its first guess; the scanner reads each byte once and caps nesting, so any input
/// gives a value or nil, never a crash.
enum JSONParser {
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var scanner = JSONScanner(bytes: bytes)
        do {
            let document = try value(&scanner)
            try scanner.finish()
            return document
        } catch {
            return nil
        }
    }

    private static func value(_ scanner: inout JSONScanner) throws(JSONError) -> JSONValue {
        switch try scanner.peekKind() {
        case .object:
            var members: [String: JSONValue] = [:]
            var key: [UInt8] = []
            try scanner.beginObject()
            while try scanner.nextKey(into: &key, foldingCase: false) {
                members[String(decoding: key, as: UTF8.self)] = try value(&scanner)
            }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try scanner.beginArray()
            while try scanner.nextElement() {
                elements.append(try value(&scanner))
            }
            return .array(elements)
        case .string:
            return .string(try scanner.readString())
        case .number:
            return .number(try scanner.readNumber())
        case .bool:
            return .bool(try scanner.readBool())
        case .null:
            _ = try scanner.readNull()
            return .null
        }
    }
}
