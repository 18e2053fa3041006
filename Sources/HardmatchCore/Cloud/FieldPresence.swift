/// Which of the properties the plan decides by the users of an export carried (SPEC §4).
///
/// Graph returns few properties unless they are selected, and PowerShell writes `null` for
/// those it did not fetch: a missing `onPremisesImmutableId` reads as "none" and turns an
/// anchored user into a soft match. Counting absences lets the reader refuse such a file.
public struct FieldPresence: Sendable, Equatable {
    /// Users counted.
    public private(set) var users = 0
    /// Users that had a `userType` other than `null`.
    public private(set) var usersWithUserType = 0
    /// Per field (by `UserFields.Field` raw value): users without the key.
    private var absent = [Int](repeating: 0, count: UserFields.Field.allCases.count)

    public init() {}

    /// The properties without which the plan is wrong, not just incomplete.
    static let deciding: [UserFields.Field] = [.onPremisesImmutableId, .onPremisesSyncEnabled, .userType, .proxyAddresses]
    /// The properties without which some checks are not made.
    static let checks: [UserFields.Field] = [.onPremisesObjectIdentifier, .onPremisesSyncBehavior]

    mutating func count(_ fields: UserFields) {
        users += 1
        if fields.hasUserType { usersWithUserType += 1 }
        for field in Self.deciding + Self.checks where !fields.has(field) { absent[field.rawValue] += 1 }
    }

    /// Deciding properties some user lacked; `userType` also when it is `null` on every user.
    public var missingDeciding: [String] {
        Self.deciding.filter { field in
            absent[field.rawValue] > 0 || field == .userType && users > 0 && usersWithUserType == 0
        }.map(\.name)
    }

    /// Properties of the extra checks some user lacked: those checks are not made for them.
    public var missingChecks: [String] {
        Self.checks.filter { absent[$0.rawValue] > 0 }.map(\.name)
    }
}
