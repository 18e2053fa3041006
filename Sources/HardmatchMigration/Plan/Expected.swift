/// A value the plan recorded, or the fact that it recorded none.
///
/// Distinct from an optional: a plan that says `"userType": null` expects Graph to say null,
/// while a plan without the key makes no claim and the value is not compared.
public enum Expected<Value: Sendable & Equatable>: Sendable, Equatable {
    case notRecorded
    case value(Value)
}
