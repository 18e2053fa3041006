/// A titled set of bars, drawn as one SVG (`SVGBarChart`).
///
/// A report may have more than one (check: per severity and per rule); the first is the
/// headline count the report is judged by.
public struct HTMLChart: Sendable, Equatable {
    public var id: String
    public var title: String
    public var bars: [HTMLChartBar]

    public init(id: String, title: String, bars: [HTMLChartBar]) {
        self.id = id
        self.title = title
        self.bars = bars
    }
}
