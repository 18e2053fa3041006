import Foundation

/// A bearer token with the moment it stops being worth sending.
struct AccessToken: Sendable {
    let secret: GraphSecret
    /// Nil for a token handed in by the administrator: its lifetime is unknown.
    let refreshAfter: Date?

    var isFresh: Bool { refreshAfter.map { Date() < $0 } ?? true }
}
