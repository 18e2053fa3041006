/// An out-of-box Entra Connect Sync rule that keeps a user object out of the sync (SPEC §3).
///
/// From "Microsoft Entra Connect Sync: Understanding the default configuration" (the
/// scoping filter of *In from AD – User Join* and the `cloudFiltered` expression of
/// *In from AD – User Common*). The raw value is the rule's name as `plan` reports it in
/// `reason` and `dump` in `outOfScope`; the cases are in the order they are tested, and
/// the first that applies is the one reported.
public enum SyncScopeRule: String, Sendable, CaseIterable {
    /// `isCriticalSystemObject` is present: the built-in Administrator, Guest, krbtgt.
    case isCriticalSystemObject
    /// No `sAMAccountName`.
    case noSAMAccountName
    /// `sAMAccountName` begins `AAD_` or `MSOL_`: the sync's own service accounts.
    case syncServiceAccount
    /// `sAMAccountName` is `SUPPORT_388945a0`, the Remote Assistance account.
    case supportAccount
    /// `mailNickname` begins `SystemMailbox{`: an Exchange system mailbox.
    case systemMailbox
    /// `mailNickname` or `sAMAccountName` begins `CAS_` and holds `}`: an Exchange
    /// Client Access server's mailbox.
    case casMailbox
    /// `msExchRecipientTypeDetails` shares a bit with `0x21C07000`: Exchange system,
    /// arbitration, discovery and mailbox-plan objects.
    case exchangeSystemRecipient
    /// `adminDescription` begins `User_`: an object Entra Connect wrote back from the cloud.
    case writtenBackFromCloud
    /// The first RDN holds `\0ACNF:`: AD's copy of an object created on two DCs at once.
    case replicationConflict
}
