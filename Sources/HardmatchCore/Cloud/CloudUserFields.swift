/// Collects one user object's properties as the scanner walks it, then builds the user.
///
/// Matching names byte by byte against the lower-cased key keeps a million users from
/// costing ten million string allocations.
struct UserFields {
    /// The properties of SPEC §4, by their lower-cased names.
    enum Field: Int, CaseIterable {
        case id, userPrincipalName, mail, proxyAddresses, onPremisesImmutableId
        case onPremisesSyncEnabled, userType, displayName, accountEnabled
        case onPremisesObjectIdentifier, onPremisesSyncBehavior, onPremisesProvisioningErrors

        var name: String {
            switch self {
            case .id: return "id"
            case .userPrincipalName: return "userPrincipalName"
            case .mail: return "mail"
            case .proxyAddresses: return "proxyAddresses"
            case .onPremisesImmutableId: return "onPremisesImmutableId"
            case .onPremisesSyncEnabled: return "onPremisesSyncEnabled"
            case .userType: return "userType"
            case .displayName: return "displayName"
            case .accountEnabled: return "accountEnabled"
            case .onPremisesObjectIdentifier: return "onPremisesObjectIdentifier"
            case .onPremisesSyncBehavior: return "onPremisesSyncBehavior"
            case .onPremisesProvisioningErrors: return "onPremisesProvisioningErrors"
            }
        }

        static let lowercasedNames: [[UInt8]] = allCases.map { Array($0.name.lowercased().utf8) }

        init?(lowercasedKey key: [UInt8]) {
            for (index, name) in Self.lowercasedNames.enumerated() where name.count == key.count && name == key {
                self.init(rawValue: index)
                return
            }
            return nil
        }
    }

    /// 1-based position of the user in its file, for messages.
    let index: Int
    private var seen: UInt16 = 0
    private var id: String?
    private var userPrincipalName: String?
    private var mail: String?
    private var proxyAddresses: [String] = []
    private var onPremisesImmutableId: String?
    private var onPremisesSyncEnabled: Bool?
    private var userType: String?
    private var displayName: String?
    private var accountEnabled: Bool?
    private var onPremisesObjectIdentifier: String?
    private var isCloudManaged: Bool?
    private var provisioningErrors: [ProvisioningError] = []

    init(index: Int) {
        self.index = index
    }

    /// True when any property of a user was present.
    var hasAny: Bool { seen != 0 }

    /// Whether the user's object had the key of `field` (with any value, `null` included).
    func has(_ field: Field) -> Bool { seen & (1 << field.rawValue) != 0 }

    /// True when `userType` held a value other than `null` or `""`.
    var hasUserType: Bool { userType?.isEmpty == false }

    /// Reads the value of the member whose lower-cased key is `key`, or skips it.
    mutating func read(_ key: [UInt8], from scanner: inout JSONScanner) throws {
        guard let field = Field(lowercasedKey: key) else {
            try scanner.skipValue()
            return
        }
        let bit: UInt16 = 1 << field.rawValue
        guard seen & bit == 0 else {
            throw CloudExportError.duplicateField(index: index, field: field.name, line: scanner.line())
        }
        seen |= bit
        switch field {
        case .id: id = try string(field, &scanner)
        case .userPrincipalName: userPrincipalName = try string(field, &scanner)
        case .mail: mail = try string(field, &scanner)
        case .onPremisesImmutableId: onPremisesImmutableId = try string(field, &scanner)
        case .userType: userType = try string(field, &scanner)
        case .displayName: displayName = try string(field, &scanner)
        case .onPremisesSyncEnabled: onPremisesSyncEnabled = try bool(field, &scanner)
        case .accountEnabled: accountEnabled = try bool(field, &scanner)
        case .proxyAddresses: proxyAddresses = try strings(field, &scanner)
        case .onPremisesObjectIdentifier: onPremisesObjectIdentifier = try string(field, &scanner)
        case .onPremisesSyncBehavior: isCloudManaged = try syncBehavior(field, &scanner)
        case .onPremisesProvisioningErrors: provisioningErrors = try errors(field, &scanner)
        }
    }

    /// The user, or why it cannot be one; `line` is asked only when there is an error.
    func user(line: () -> Int) throws(CloudExportError) -> CloudUser {
        guard let id else { throw .missingId(index: index, line: line()) }
        guard !id.isEmpty else { throw .emptyId(index: index, line: line()) }
        // Graph writes null for "none"; an empty string means the same (SPEC §4), in every
        // field: an empty anchor must not block matching, nor an empty UPN match another.
        return CloudUser(
            id: id, userPrincipalName: Self.value(userPrincipalName), mail: Self.value(mail),
            proxyAddresses: proxyAddresses.contains(where: \.isEmpty) ? proxyAddresses.filter { !$0.isEmpty } : proxyAddresses,
            onPremisesImmutableId: Self.value(onPremisesImmutableId),
            onPremisesSyncEnabled: onPremisesSyncEnabled, userType: Self.value(userType), displayName: Self.value(displayName),
            accountEnabled: accountEnabled, onPremisesObjectIdentifier: Self.value(onPremisesObjectIdentifier),
            isCloudManaged: isCloudManaged, onPremisesProvisioningErrors: provisioningErrors
        )
    }

    /// Nil for `""`: the one place where an empty string becomes "none".
    private static func value(_ text: String?) -> String? {
        text?.isEmpty == true ? nil : text
    }

    // MARK: - Typed values

    /// `isCloudManaged` of an `onPremisesSyncBehavior` object (other members skipped); nil for `null`.
    private func syncBehavior(_ field: Field, _ scanner: inout JSONScanner) throws -> Bool? {
        switch try scanner.peekKind() {
        case .null:
            _ = try scanner.readNull()
            return nil
        case .object:
            var managed: Bool?
            var key: [UInt8] = []
            try scanner.beginObject()
            while try scanner.nextKey(into: &key) {
                if key == Self.isCloudManagedKey {
                    managed = try bool(field, &scanner)
                } else {
                    try scanner.skipValue()
                }
            }
            return managed
        case let other:
            throw wrongType(field, other, "an object ({\"isCloudManaged\": ...}) or null", scanner)
        }
    }

    private static let isCloudManagedKey = Array("iscloudmanaged".utf8)

    /// `onPremisesProvisioningErrors`: an array of objects (other members skipped), or null.
    private func errors(_ field: Field, _ scanner: inout JSONScanner) throws -> [ProvisioningError] {
        switch try scanner.peekKind() {
        case .null:
            _ = try scanner.readNull()
            return []
        case .array:
            var values: [ProvisioningError] = []
            var key: [UInt8] = []
            try scanner.beginArray()
            while try scanner.nextElement() {
                let kind = try scanner.peekKind()
                guard kind == .object else { throw wrongType(field, kind, "an array of objects", scanner) }
                var error = ProvisioningError()
                try scanner.beginObject()
                while try scanner.nextKey(into: &key) {
                    switch key {
                    case Self.categoryKey: error.category = Self.value(try string(field, &scanner))
                    case Self.propertyKey: error.propertyCausingError = Self.value(try string(field, &scanner))
                    case Self.valueKey: error.value = Self.value(try string(field, &scanner))
                    case Self.occurredKey: error.occurredDateTime = Self.value(try string(field, &scanner))
                    default: try scanner.skipValue()
                    }
                }
                values.append(error)
            }
            return values
        case let other:
            throw wrongType(field, other, "an array of objects or null", scanner)
        }
    }

    private static let categoryKey = Array("category".utf8)
    private static let propertyKey = Array("propertycausingerror".utf8)
    private static let valueKey = Array("value".utf8)
    private static let occurredKey = Array("occurreddatetime".utf8)

    private func string(_ field: Field, _ scanner: inout JSONScanner) throws -> String? {
        switch try scanner.peekKind() {
        case .string: return try scanner.readString()
        case .null: _ = try scanner.readNull(); return nil
        case let other: throw wrongType(field, other, "a string or null", scanner)
        }
    }

    private func bool(_ field: Field, _ scanner: inout JSONScanner) throws -> Bool? {
        switch try scanner.peekKind() {
        case .bool: return try scanner.readBool()
        case .null: _ = try scanner.readNull(); return nil
        case let other: throw wrongType(field, other, "true, false or null", scanner)
        }
    }

    private func strings(_ field: Field, _ scanner: inout JSONScanner) throws -> [String] {
        switch try scanner.peekKind() {
        case .null:
            _ = try scanner.readNull()
            return []
        case .array:
            var values: [String] = []
            try scanner.beginArray()
            while try scanner.nextElement() {
                let kind = try scanner.peekKind()
                if kind == .null {
                    // A null element holds no address; skipped the same way in files and live.
                    _ = try scanner.readNull()
                    continue
                }
                guard kind == .string else { throw wrongType(field, kind, "an array of strings", scanner) }
                values.append(try scanner.readString())
            }
            return values
        case let other:
            throw wrongType(field, other, "an array of strings or null", scanner)
        }
    }

    private func wrongType(_ field: Field, _ found: JSONScanner.Kind, _ expected: String, _ scanner: JSONScanner) -> CloudExportError {
        .wrongType(index: index, field: field.name, found: found, expected: expected, line: scanner.line())
    }
}
