/// A horizontal bar chart as inline SVG: one bar per count, its label and number beside it.
///
/// SVG rather than a script library: the page must work from a mail attachment with no
/// network, print sharply, and show the counts even where scripts are off.
public enum SVGBarChart {
    static let labelWidth = 190
    static let barWidth = 300
    static let rowHeight = 26

    /// Writes `chart` as a `<figure>` holding the SVG; every bar carries `data-key` and
    /// `data-count`, and its label and number are SVG text (escaped like any value).
    public static func write(_ chart: HTMLChart, to html: inout HTMLText) {
        let largest = max(chart.bars.map(\.count).max() ?? 0, 1)
        let height = max(chart.bars.count, 1) * rowHeight + 8
        let width = labelWidth + barWidth + 90
        html.raw("<figure class=\"chart\" id=\"")
        html.text(chart.id)
        html.raw("\"><figcaption>")
        html.text(chart.title)
        html.raw("</figcaption><svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" aria-label=\"")
        html.text(chart.title)
        html.raw("\">")
        for (index, bar) in chart.bars.enumerated() {
            let y = 4 + index * rowHeight
            let length = bar.count == 0 ? 0 : max(2, bar.count * barWidth / largest)
            html.raw("<g class=\"bar \(bar.tone.rawValue)\" data-key=\"")
            html.text(bar.key)
            html.raw("\" data-count=\"\(bar.count)\"><text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">")
            html.text(bar.label)
            html.raw("</text><rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" rx=\"3\"></rect>")
            html.raw("<text class=\"count\" x=\"\(labelWidth + length + 6)\" y=\"\(y + 16)\">\(bar.count)</text></g>")
        }
        html.raw("</svg></figure>\n")
    }
}
