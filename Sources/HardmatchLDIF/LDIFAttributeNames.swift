/// Attribute names seen so far, lower-cased once, and whether their values are kept.
///
/// An export repeats the same few dozen names on every record; looking the bytes up here
/// avoids building and lower-casing a `String` for every line of a million-user file.
struct LDIFAttributeNames: Sendable {
    struct Name: Sendable {
        enum Role: Sendable {
            case dn, changetype, control, value
        }

        var lowercased: String
        /// A small dense number for grouping values by attribute; nil once the table is full.
        var id: Int?
        var role: Role
        /// False for a value attribute the caller did not ask for.
        var keep: Bool
    }

    /// Lower-cased names to keep; nil keeps every attribute.
    let kept: Set<String>?
    private var known: [(bytes: [UInt8], name: Name)] = []
    private static let capacity = 512

    init(kept: Set<String>?) {
        self.kept = kept.map { Set($0.map { $0.lowercased() }) }
    }

    /// The lower-cased name with this id.
    func name(_ id: Int) -> String {
        known[id].name.lowercased
    }

    /// The name for these bytes, which must already be valid name characters.
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Name {
        for entry in known where entry.bytes.count == bytes.count && Self.equalFolded(entry.bytes, bytes) {
            return entry.name
        }
        let lowered = bytes.map { $0 | 0x20 }
        let string = String(decoding: lowered, as: UTF8.self)
        let role: Name.Role = switch string {
        case "dn": .dn
        case "changetype": .changetype
        case "control": .control
        default: .value
        }
        let id = known.count < Self.capacity ? known.count : nil
        let name = Name(lowercased: string, id: id, role: role, keep: role == .value && kept?.contains(string) ?? true)
        if id != nil { known.append((lowered, name)) }
        return name
    }

    /// Compares lower-cased bytes with name bytes; `| 0x20` folds case for letters and leaves
    /// digits, `-` and `.` unchanged, which are the only other name characters.
    private static func equalFolded(_ lowered: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        lowered.withUnsafeBufferPointer { lowered in
            for index in 0..<lowered.count where lowered[index] != bytes[index] | 0x20 { return false }
            return true
        }
    }

    /// True when the name bytes spell `word` (lower-case ASCII) in any case.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for index in 0..<bytes.count where bytes[index] | 0x20 != expected[index] { return false }
        return true
    }
}
