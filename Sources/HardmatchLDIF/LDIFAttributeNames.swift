import HardmatchCore

/// Attribute names seen so far, folded once, each with a small number and whether its
/// values are kept.
///
/// An export repeats the same few dozen names on every record; looking the bytes up here
/// avoids building and lower-casing a `String` for every line of a million-user file, and
/// the number lets the record builder remember where in the entry each name went.
struct LDIFAttributeNames: Sendable {
    struct Name: Sendable {
        enum Role: Sendable {
            case dn, changetype, control, value
        }

        var role: Role
        /// False for a value attribute the caller did not ask for.
        var keep: Bool
        /// True for a kept attribute whose base64 values must be UTF-8 (`textAttributes`).
        var text: Bool
    }

    /// How many distinct names get a number of their own (0 to `capacity - 1`). Past that,
    /// which takes an export of every attribute of a richly extended schema, each new name
    /// takes number `capacity`, replacing the one before, so memory stays bounded.
    static let capacity = 512

    /// Folded names to keep; nil keeps every attribute.
    let kept: Set<AttributeName>?
    let text: Set<AttributeName>
    private var names: [Name] = []
    private var fingerprints: [UInt64] = []
    /// Each name's folded bytes, in `spellings`, one buffer for all of them.
    private var spelled: [Range<Int>] = []
    private var spellings: [UInt8] = []

    init(kept: Set<String>?, text: Set<String> = []) {
        self.kept = kept.map { Set($0.map { AttributeName($0) }) }
        self.text = Set(text.map { AttributeName($0) })
    }

    /// The name with this number.
    subscript(id: Int) -> Name {
        names[id]
    }

    /// The number of the name for these bytes, which must already be valid name characters;
    /// `capacity` (shared, overwritten by the next newcomer) once the table is full.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let fingerprint = AttributeName.fingerprint(of: bytes)
        for id in fingerprints.indices where fingerprints[id] == fingerprint {
            if bytes.count <= 7 || spellings.withUnsafeBufferPointer({ AttributeName.equal(folded: UnsafeBufferPointer(rebasing: $0[spelled[id]]), toFolding: bytes) }) {
                return id
            }
        }
        let attribute = AttributeName(folding: bytes)
        let role: Name.Role = switch attribute.lowercased {
        case "dn": .dn
        case "changetype": .changetype
        case "control": .control
        default: .value
        }
        let keep = role == .value && kept?.contains(attribute) ?? true
        let name = Name(role: role, keep: keep, text: keep && text.contains(attribute))
        if names.count > Self.capacity {
            names.removeLast()
            fingerprints.removeLast()
            spellings.removeSubrange(spelled.removeLast())
        }
        names.append(name)
        fingerprints.append(fingerprint)
        let start = spellings.count
        spellings.append(contentsOf: attribute.folded)
        spelled.append(start..<spellings.count)
        return names.count - 1
    }
}
