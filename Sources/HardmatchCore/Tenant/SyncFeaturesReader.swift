/// Reads a tenant's sync features from the JSON of `GET /directory/onPremisesSynchronization`:
/// a Graph page (`{"value": [{... "features": {...}}]}`), one such object, PowerShell's
/// `Get-MgDirectoryOnPremiseSynchronization | ConvertTo-Json` (PascalCase), or the `features`
/// object alone.
///
/// The same reader serves `--sync-features FILE` and the live read, so both give the plan the
/// same flags. Names are compared ignoring case. A flag that is absent or null is an error:
/// assuming a default for a tenant that was exported would hide the very hardening the plan
/// must predict.
public enum SyncFeaturesReader {
    public static func read(_ bytes: [UInt8]) throws(SyncFeaturesError) -> SyncFeatures {
        var scanner = JSONScanner(bytes: bytes)
        do {
            guard !scanner.isAtEnd() else { throw SyncFeaturesError.empty }
            var found = Found()
            try walk(&scanner, into: &found, depth: 0)
            try scanner.finish()
            return try found.features()
        } catch let error as JSONError {
            throw .notJSON(error)
        } catch let error as SyncFeaturesError {
            throw error
        } catch {
            throw .noFeatures
        }
    }

    /// The flags seen so far (lower-cased names) and how many sync objects held them.
    private struct Found {
        var flags: [String: Bool] = [:]
        var objects = 0

        func features() throws(SyncFeaturesError) -> SyncFeatures {
            guard objects > 0 || !flags.isEmpty else { throw .noFeatures }
            guard objects <= 1 else { throw .severalObjects(objects) }
            let missing = SyncFeatures.flagNames.filter { flags[$0.lowercased()] == nil }
            guard missing.isEmpty else { throw .missingFlags(missing) }
            func flag(_ index: Int) -> Bool { flags[SyncFeatures.flagNames[index].lowercased()] ?? false }
            return SyncFeatures(
                blockSoftMatchEnabled: flag(0), blockCloudObjectTakeoverThroughHardMatchEnabled: flag(1),
                softMatchOnUpnEnabled: flag(2), allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: flag(3)
            )
        }
    }

    private static let wanted = Set(SyncFeatures.flagNames.map { Array($0.lowercased().utf8) })
    private static let featuresKey = Array("features".utf8)
    private static let valueKey = Array("value".utf8)

    /// Walks objects and arrays (a page's `value`, PowerShell's arrays) to each `features`.
    private static func walk(_ scanner: inout JSONScanner, into found: inout Found, depth: Int) throws {
        switch try scanner.peekKind() {
        case .array:
            try scanner.beginArray()
            while try scanner.nextElement() { try walk(&scanner, into: &found, depth: depth + 1) }
        case .object:
            try scanner.beginObject()
            var key: [UInt8] = []
            while try scanner.nextKey(into: &key) {
                if key == featuresKey, try scanner.peekKind() == .object {
                    found.objects += 1
                    try readFlags(&scanner, into: &found)
                } else if depth == 0, wanted.contains(key) {
                    try readFlag(key, &scanner, into: &found)
                } else if key == valueKey {
                    try walk(&scanner, into: &found, depth: depth + 1)
                } else {
                    try scanner.skipValue()
                }
            }
        default:
            try scanner.skipValue()
        }
    }

    private static func readFlags(_ scanner: inout JSONScanner, into found: inout Found) throws {
        try scanner.beginObject()
        var key: [UInt8] = []
        while try scanner.nextKey(into: &key) {
            if wanted.contains(key) { try readFlag(key, &scanner, into: &found) } else { try scanner.skipValue() }
        }
    }

    private static func readFlag(_ key: [UInt8], _ scanner: inout JSONScanner, into found: inout Found) throws {
        let name = SyncFeatures.flagNames.first { Array($0.lowercased().utf8) == key } ?? String(decoding: key, as: UTF8.self)
        switch try scanner.peekKind() {
        case .bool: found.flags[name.lowercased()] = try scanner.readBool()
        case .null: _ = try scanner.readNull()
        case let other: throw SyncFeaturesError.wrongType(flag: name, found: other, line: scanner.line())
        }
    }
}
