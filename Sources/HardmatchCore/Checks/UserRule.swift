/// A check that looks at one user at a time.
///
/// Rules are small and independent so that each can be tested on its own; the checks that
/// need every user at once (duplicates) are not `UserRule`s but `DuplicateValueRule`.
public protocol UserRule: Sendable {
    /// Appends what is wrong with `user` to `findings`; appends nothing for a clean user.
    func check(_ user: OnPremUser, into findings: inout [Finding])
}
