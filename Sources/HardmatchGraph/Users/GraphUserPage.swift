import Foundation
import HardmatchCore

/// One page of `GET /v1.0/users`, parsed, with the bytes Graph sent.
///
/// The bytes are a Graph `GET /users` response page, the first form SPEC §4 accepts for
/// `--cloud FILE`: a caller that already reads export files can read live pages the same way.
public struct GraphUserPage: Sendable {
    public let users: [CloudUser]
    public let body: Data
}
