/// One line of the page's "what the report rests on" list: a setting and its value.
///
/// For `plan`, the tenant's sync features and where they came from; a fact that makes the
/// prediction less certain (features assumed, role holders unknown) is `tone` `.warn`.
public struct HTMLFact: Sendable, Equatable {
    public var label: String
    public var value: String
    public var tone: HTMLTone

    public init(label: String, value: String, tone: HTMLTone = .neutral) {
        self.label = label
        self.value = value
        self.tone = tone
    }
}
