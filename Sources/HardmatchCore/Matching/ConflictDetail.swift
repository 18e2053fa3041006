/// What a person needs to decide a conflict: a sentence, and the facts behind it.
///
/// Only the fields that belong to the entry's reason are set; the JSON writes only those.
public struct ConflictDetail: Sendable, Equatable {
    /// One sentence for the table and the CSV.
    public var message: String
    /// `anchorMismatch`, `alreadySynced`: the cloud user's stored anchor read as a GUID
    /// (nil when it is not the canonical base64 of 16 bytes).
    public var cloudAnchorGUID: ObjectGUID?
    /// `anchorMismatch`, `alreadySynced`: whether an on-premises user read has that GUID as
    /// objectGUID or mS-DS-ConsistencyGuid, and its DN.
    public var cloudAnchorExistsOnPrem: Bool?
    public var cloudAnchorOnPremDn: String?
    /// `ambiguous`: the cloud users the on-premises user could pair with (ids, sorted),
    /// or the on-premises users competing for the same cloud user (DNs, sorted).
    public var candidates: [String]
    public var competitors: [String]
    /// `duplicateOnPrem`, `collision`: which attribute and value clash.
    public var attribute: String?
    public var value: String?

    public init(
        message: String, cloudAnchorGUID: ObjectGUID? = nil, cloudAnchorExistsOnPrem: Bool? = nil,
        cloudAnchorOnPremDn: String? = nil, candidates: [String] = [], competitors: [String] = [],
        attribute: String? = nil, value: String? = nil
    ) {
        self.message = message
        self.cloudAnchorGUID = cloudAnchorGUID
        self.cloudAnchorExistsOnPrem = cloudAnchorExistsOnPrem
        self.cloudAnchorOnPremDn = cloudAnchorOnPremDn
        self.candidates = candidates
        self.competitors = competitors
        self.attribute = attribute
        self.value = value
    }
}
