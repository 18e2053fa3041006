/// One write of `onPremisesImmutableId`: a value to set, or nil to clear it.
public struct ImmutableIdChange: Sendable, Equatable {
    public let userID: String
    public let value: String?

    public init(userID: String, value: String?) {
        self.userID = userID
        self.value = value
    }
}
