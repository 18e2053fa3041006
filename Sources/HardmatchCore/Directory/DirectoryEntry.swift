/// One object as a directory source delivers it: a DN and raw attribute values.
///
/// The LDAP reader and the LDIF reader both produce this, so that the mapping to a user
/// record is written once. Values stay bytes because `objectGUID` and
/// `mS-DS-ConsistencyGuid` are binary; names are matched case-insensitively, as LDAP does.
public struct DirectoryEntry: Sendable, Equatable {
    public var dn: String
    /// Values by lower-cased attribute name, options such as `;range=` already resolved.
    public private(set) var attributes: [String: [[UInt8]]]

    public init(dn: String, attributes: [String: [[UInt8]]] = [:]) {
        self.dn = dn
        self.attributes = [:]
        for (name, values) in attributes { append(values, to: name) }
    }

    /// Adds values to an attribute, keeping the order they arrived in.
    public mutating func append(_ values: [[UInt8]], to name: String) {
        attributes[Self.key(name), default: []].append(contentsOf: values)
    }

    public mutating func append(_ value: [UInt8], to name: String) {
        attributes[Self.key(name), default: []].append(value)
    }

    /// All values of an attribute, in stored order; empty when absent.
    public func values(_ name: String) -> [[UInt8]] {
        attributes[Self.key(name)] ?? []
    }

    /// The dictionary key of an attribute name: lower case, without lower-casing (and
    /// allocating) names that already are.
    @inline(__always)
    static func key(_ name: String) -> String {
        name.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) ? name.lowercased() : name
    }

    /// The first value as UTF-8 text, or nil when absent.
    public func string(_ name: String) -> String? {
        values(name).first.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every value as UTF-8 text.
    public func strings(_ name: String) -> [String] {
        values(name).map { String(decoding: $0, as: UTF8.self) }
    }
}
