/// One bar of the summary chart: a count with its name.
///
/// `key` is the machine name (`conflict`, `error`) the page puts in `data-key`, so a test or
/// a script can find the count without reading the label.
public struct HTMLChartBar: Sendable, Equatable {
    public var key: String
    public var label: String
    public var count: Int
    public var tone: HTMLTone

    public init(key: String, label: String? = nil, count: Int, tone: HTMLTone) {
        self.key = key
        self.label = label ?? key
        self.count = count
        self.tone = tone
    }
}
