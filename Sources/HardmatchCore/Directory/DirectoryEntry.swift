/// One object as a directory source delivers it: a DN and raw attribute values.
///
/// The LDAP reader and the LDIF reader both produce this, so that the mapping to a user
/// record is written once. Values stay bytes because `objectGUID` and
/// `mS-DS-ConsistencyGuid` are binary; names are matched case-insensitively, as LDAP does.
///
/// Attributes are one small array searched linearly rather than a dictionary: an entry
/// holds a dozen names at most, and a million-user export would otherwise spend a fifth of
/// its time hashing and lower-casing names for every lookup.
public struct DirectoryEntry: Sendable {
    /// One attribute: its lower-cased name, options such as `;range=` already resolved.
    private struct Attribute: Sendable {
        var name: String
        /// `Self.fingerprint` of the name, compared before the bytes so that a lookup
        /// rejects other names without touching their strings.
        var fingerprint: UInt64
        /// Values in the order they arrived.
        var values: [[UInt8]]
    }

    public var dn: String
    private var list: [Attribute] = []

    public init(dn: String, attributes: [String: [[UInt8]]] = [:]) {
        self.dn = dn
        for (name, values) in attributes { append(values, to: name) }
    }

    /// Values by lower-cased attribute name.
    public var attributes: [String: [[UInt8]]] {
        Dictionary(list.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - Adding

    /// Adds values to an attribute, keeping the order they arrived in.
    public mutating func append(_ values: [[UInt8]], to name: String) {
        switch find(name) {
        case .found(let index): list[index].values.append(contentsOf: values)
        case .absent(let fingerprint, let isLowercase): insert(name, fingerprint: fingerprint, isLowercase: isLowercase, values: values)
        }
    }

    public mutating func append(_ value: [UInt8], to name: String) {
        switch find(name) {
        case .found(let index): list[index].values.append(value)
        case .absent(let fingerprint, let isLowercase): insert(name, fingerprint: fingerprint, isLowercase: isLowercase, values: [value])
        }
    }

    private mutating func insert(_ name: String, fingerprint: UInt64, isLowercase: Bool, values: [[UInt8]]) {
        // One allocation for a typical entry's dozen attributes instead of growing by doubling.
        if list.isEmpty { list.reserveCapacity(16) }
        list.append(Attribute(name: isLowercase ? name : name.lowercased(), fingerprint: fingerprint, values: values))
    }

    // MARK: - Reading

    /// All values of an attribute, in stored order; empty when absent.
    public func values(_ name: String) -> [[UInt8]] {
        guard case .found(let index) = find(name) else { return [] }
        return list[index].values
    }

    /// The first value as UTF-8 text, or nil when absent.
    public func string(_ name: String) -> String? {
        guard case .found(let index) = find(name), let first = list[index].values.first else { return nil }
        return String(decoding: first, as: UTF8.self)
    }

    /// Every value as UTF-8 text.
    public func strings(_ name: String) -> [String] {
        values(name).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Names

    private enum Lookup {
        case found(Int)
        /// Not present; carries what the insertion that usually follows needs: the name's
        /// fingerprint and whether it has no `A`–`Z` to lower-case.
        case absent(UInt64, isLowercase: Bool)
    }

    /// Finds an attribute, matching ASCII case-insensitively.
    ///
    /// A name with non-ASCII bytes (never a valid LDAP name, but allowed by the API) is
    /// compared in its stored form instead, so it matches exactly what `append` stored.
    private func find(_ name: String) -> Lookup {
        var utf8 = name
        return utf8.withUTF8 { query -> Lookup in
            // The fingerprint is the length and the first seven bytes, `A`–`Z` folded: enough
            // to tell apart every name an export repeats, and a collision only costs a compare.
            var fingerprint = UInt64(truncatingIfNeeded: query.count) << 56
            var hasUppercase = false
            var isASCII = true
            for (index, byte) in query.enumerated() {
                let isUppercase = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                hasUppercase = hasUppercase || isUppercase
                isASCII = isASCII && byte < 0x80
                if index < 7 { fingerprint |= UInt64(isUppercase ? byte | 0x20 : byte) << (8 * UInt64(index)) }
            }
            let absent = Lookup.absent(fingerprint, isLowercase: !hasUppercase)
            guard isASCII else {
                let stored = hasUppercase ? name.lowercased() : name
                return list.firstIndex { $0.name == stored }.map(Lookup.found) ?? absent
            }
            for index in list.indices where list[index].fingerprint == fingerprint && Self.equalFoldingQuery(list[index].name, query) {
                return .found(index)
            }
            return absent
        }
    }

    /// True when a stored lower-case name equals ASCII `query` with its `A`–`Z` folded.
    private static func equalFoldingQuery(_ stored: String, _ query: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.utf8.count == query.count else { return false }
        var stored = stored
        return stored.withUTF8 { stored in
            for index in 0..<stored.count {
                let wanted = query[index]
                let folded = wanted >= UInt8(ascii: "A") && wanted <= UInt8(ascii: "Z") ? wanted | 0x20 : wanted
                if stored[index] != folded { return false }
            }
            return true
        }
    }
}

extension DirectoryEntry: Equatable {
    /// Equal when the DN and every attribute's values are, whatever order the names arrived in.
    public static func == (lhs: DirectoryEntry, rhs: DirectoryEntry) -> Bool {
        lhs.dn == rhs.dn && lhs.attributes == rhs.attributes
    }
}
