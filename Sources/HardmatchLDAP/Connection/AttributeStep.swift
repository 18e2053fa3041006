import CLDAP

/// What one call of `ldap_get_attribute_ber` says about the rest of an entry.
///
/// libldap documents one way for the attribute list to end: `LDAP_SUCCESS` with a null
/// attribute name. Any other status means the entry could not be decoded to its end, and
/// using it anyway would drop attributes silently (a lost `mS-DS-ConsistencyGuid` would
/// make the `objectGUID` the anchor: a wrong ImmutableId).
enum AttributeStep: Equatable {
    /// An attribute was read: decode its values and ask again.
    case attribute
    /// The documented end of the attribute list.
    case end
    /// The entry could not be decoded to its end.
    case failed(code: Int32)

    /// Classifies the status and the attribute name a call returned.
    static func classify(status: Int32, nameIsNull: Bool) -> AttributeStep {
        guard status == LDAP_SUCCESS else { return .failed(code: status) }
        return nameIsNull ? .end : .attribute
    }
}
