/// How a count or a group reads at a glance: its colour in the chart and the sections.
///
/// A CSS class name, so the colours live in one place (`HTMLPageStyle`) and print too.
public enum HTMLTone: String, Sendable, CaseIterable {
    /// Nothing to do (anchored, a soft match that goes through).
    case good
    /// Something hardmatch or the sync does by itself (a write, a new user).
    case neutral
    /// A person should look (a warning, a user left out).
    case warn
    /// A person must act before the sync (a conflict, an error).
    case bad
}
