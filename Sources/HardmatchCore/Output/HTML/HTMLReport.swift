/// What one HTML page shows, whatever command made it: the shared skeleton of plan, check
/// and verify reports (`HTMLPage` writes it).
///
/// A command turns its own result into this (`PlanHTML`, `CheckHTML`), so a new report
/// needs only that mapping: the layout, chart, print style, escaping and the table's
/// script are the same for all of them.
public struct HTMLReport: Sendable {
    /// `plan`, `check`, `verify`: the page's `data-report`.
    public var kind: String
    public var title: String
    /// One line under the title (the counts in words).
    public var headline: String
    /// What the report rests on (the tenant's settings for a plan).
    public var facts: [HTMLFact]
    /// What a person must do before the sync, most important first.
    public var actions: [String]
    public var charts: [HTMLChart]
    /// The heading of the grouped sections ("Conflicts by reason").
    public var groupsTitle: String
    public var groups: [HTMLGroup]
    /// Said when there are no groups ("No conflicts.").
    public var noGroups: String
    /// The table column a group's `key` filters (reason, rule): the groups' "show in the table".
    public var groupColumn: Int?
    public var table: HTMLTable
    /// The heading over the facts and the charts.
    public var overviewTitle = "What decides the sync"
    /// The heading over `actions`, and what the list says when there are none.
    public var actionsTitle = "Before the sync, a person must"
    public var noActions = "nothing: no step is needed before the first sync."

    public init(kind: String, title: String, headline: String, facts: [HTMLFact], actions: [String], charts: [HTMLChart], groupsTitle: String, groups: [HTMLGroup], noGroups: String, groupColumn: Int?, table: HTMLTable) {
        self.kind = kind
        self.title = title
        self.headline = headline
        self.facts = facts
        self.actions = actions
        self.charts = charts
        self.groupsTitle = groupsTitle
        self.groups = groups
        self.noGroups = noGroups
        self.groupColumn = groupColumn
        self.table = table
    }
}
