/// Reads a Graph export file (SPEC §4) into cloud users: a `GET /users` page, a bare array,
/// or `Get-MgUser | ConvertTo-Json` output (PascalCase names, one object for one user).
///
/// Property names are matched ignoring case, so Graph's `userPrincipalName` and
/// PowerShell's `UserPrincipalName` are the same field. Unknown properties are skipped
/// (validated, not kept). UTF-16 files with a byte order mark, what Windows PowerShell's
/// `Out-File` writes by default, are converted first.
public enum CloudExportReader {
    public static func read(_ bytes: [UInt8]) throws(CloudExportError) -> CloudExport {
        var scanner = JSONScanner(bytes: try utf8(bytes))
        do {
            guard !scanner.isAtEnd() else { throw CloudExportError.empty }
            var export: CloudExport
            switch try scanner.peekKind() {
            case .array:
                var presence = FieldPresence()
                export = CloudExport(shape: .array, users: try readUsers(&scanner, presence: &presence))
                export.presence = presence
            case .object:
                export = try readObject(&scanner)
            case let other:
                // Only the first byte was looked at: text such as `this is not json` starts
                // like `true`. Read the whole value, so text that is not JSON is called that.
                let line = scanner.line()
                try scanner.skipValue()
                try scanner.finish()
                throw CloudExportError.wrongShape(found: other, line: line)
            }
            try scanner.finish()
            export.findings = export.users.compactMap(finding)
            return export
        } catch let error as JSONError {
            throw .notJSON(error)
        } catch let error as CloudExportError {
            throw error
        } catch {
            throw .unreadable(String(describing: error))
        }
    }

    // MARK: - Shapes

    /// The array of a page or of a bare export.
    private static func readUsers(_ scanner: inout JSONScanner, presence: inout FieldPresence) throws -> [CloudUser] {
        var users: [CloudUser] = []
        var key: [UInt8] = []
        try scanner.beginArray()
        while try scanner.nextElement() {
            let index = users.count + 1
            let kind = try scanner.peekKind()
            guard kind == .object else {
                throw CloudExportError.userNotObject(index: index, found: kind, line: scanner.line())
            }
            let start = scanner.offset
            try scanner.beginObject()
            var fields = UserFields(index: index)
            while try scanner.nextKey(into: &key) {
                try fields.read(key, from: &scanner)
            }
            users.append(try fields.user(line: { scanner.line(at: start) }))
            presence.count(fields)
        }
        return users
    }

    /// A page (`value` holds the users) or a single user (its own fields).
    private static func readObject(_ scanner: inout JSONScanner) throws -> CloudExport {
        let start = scanner.offset
        try scanner.beginObject()
        var key: [UInt8] = []
        var users: [CloudUser]?
        var presence = FieldPresence()
        var nextLink: String?
        var fields = UserFields(index: 1)
        while try scanner.nextKey(into: &key) {
            if key == Self.valueKey {
                let kind = try scanner.peekKind()
                guard kind == .array else {
                    throw CloudExportError.valueNotArray(found: kind, line: scanner.line())
                }
                users = try readUsers(&scanner, presence: &presence)
            } else if key == Self.nextLinkKey, try scanner.peekKind() == .string {
                nextLink = try scanner.readString()
            } else {
                try fields.read(key, from: &scanner)
            }
        }
        if let users {
            var export = CloudExport(shape: .graphPage, users: users, nextLink: nextLink)
            export.presence = presence
            return export
        }
        guard fields.hasAny else {
            throw CloudExportError.objectWithoutUsers(line: scanner.line(at: start))
        }
        var export = CloudExport(shape: .singleUser, users: [try fields.user(line: { scanner.line(at: start) })])
        presence.count(fields)
        export.presence = presence
        return export
    }

    private static let valueKey = Array("value".utf8)
    private static let nextLinkKey = Array("@odata.nextlink".utf8)

    // MARK: - Encoding

    /// The text as UTF-8: UTF-16 with a byte order mark is converted, anything else kept.
    private static func utf8(_ bytes: [UInt8]) throws(CloudExportError) -> [UInt8] {
        guard bytes.count >= 2 else { return bytes }
        let littleEndian = bytes[0] == 0xff && bytes[1] == 0xfe
        let bigEndian = bytes[0] == 0xfe && bytes[1] == 0xff
        guard littleEndian || bigEndian else { return bytes }
        guard bytes.count % 2 == 0 else { throw .invalidUTF16 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { output.append($0) }
        guard !failed else { throw .invalidUTF16 }
        return output
    }

    // MARK: - Findings

    /// Users read live from Graph, checked as the users of an export are.
    public static func export(of users: [CloudUser]) -> CloudExport {
        CloudExport(shape: .array, users: users, findings: users.compactMap(finding))
    }

    private static func finding(_ user: CloudUser) -> CloudExportFinding? {
        guard case .failure(let error) = user.decodedImmutableId, let value = user.onPremisesImmutableId else { return nil }
        return .nonCanonicalImmutableId(id: user.id, value: value, error)
    }
}
