import Synchronization

/// Raised by one task when it fails; another task checks it to stop work whose result no
/// longer matters.
///
/// `plan` reads the cloud files beside the on-premises users. When the cloud files cannot
/// be read, the command fails with their error whatever the on-premises read gives, so
/// that read (minutes, for a large directory over LDAP) stops early instead of running to
/// the end before the error is shown.
final class FailureFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    func raise() {
        raised.store(true, ordering: .relaxed)
    }

    var isRaised: Bool {
        raised.load(ordering: .relaxed)
    }
}
