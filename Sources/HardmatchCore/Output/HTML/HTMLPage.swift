/// Writes an `HTMLReport` as one self-contained page: inline style and script, no network.
///
/// The page is the same for every report: the decisions first (facts, charts, what to do),
/// then the groups with their remedies, then one table of all entries that the script
/// renders from JSON data a page of rows at a time (sortable, filterable by the facet
/// columns and by text). The print style keeps the first two parts and drops the rest.
/// A pure function of the report into bytes, handed to `emit` in chunks.
public enum HTMLPage {
    public static let chunkSize = 1 << 20

    /// The whole page in one buffer (tests, small reports).
    public static func html(_ report: HTMLReport) -> [UInt8] {
        var bytes: [UInt8] = []
        write(report, emit: { bytes += $0 })
        return bytes
    }

    public static func write(_ report: HTMLReport, emit: ([UInt8]) throws -> Void) rethrows {
        var html = HTMLText()
        writeHead(report, to: &html)
        writeDecisions(report, to: &html)
        writeGroups(report, to: &html)
        writeTableShell(report, to: &html)
        // The rows: JSON arrays inside a data block the script parses; never markup.
        html.raw("<script type=\"application/json\" id=\"rows\">[")
        for index in 0..<report.table.count {
            html.raw(index == 0 ? "\n[" : ",\n[")
            for (column, value) in report.table.row(index).enumerated() {
                if column > 0 { html.raw(",") }
                html.scriptString(value)
            }
            html.raw("]")
            if html.bytes.count >= chunkSize {
                try emit(html.bytes)
                html.removeAll()
            }
        }
        html.raw("\n]</script>\n</section>\n<script>")
        html.raw(HTMLPageScript.source)
        html.raw("</script>\n</body>\n</html>\n")
        try emit(html.bytes)
    }

    // MARK: - Parts

    private static func writeHead(_ report: HTMLReport, to html: inout HTMLText) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\" data-report=\"")
        html.text(report.kind)
        html.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // No request leaves the page, whatever a value holds: only its own style and script run.
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        html.element("title", report.title)
        html.raw("\n<style>")
        html.raw(HTMLPageStyle.source)
        html.raw("</style>\n</head>\n<body>\n<header>")
        html.element("h1", report.title)
        html.element("p", report.headline, attributes: "class=\"headline\" id=\"headline\"")
        html.raw("</header>\n")
    }

    private static func writeDecisions(_ report: HTMLReport, to html: inout HTMLText) {
        html.raw("<section id=\"decide\">")
        html.element("h2", report.overviewTitle)
        html.raw("\n<div class=\"overview\">")
        if !report.facts.isEmpty {
            html.raw("<dl class=\"facts\" id=\"facts\">")
            for fact in report.facts {
                html.raw("<div class=\"fact \(fact.tone.rawValue)\">")
                html.element("dt", fact.label)
                html.element("dd", fact.value)
                html.raw("</div>")
            }
            html.raw("</dl>")
        }
        html.raw("<div class=\"charts\">")
        for chart in report.charts { SVGBarChart.write(chart, to: &html) }
        html.raw("</div></div>\n")
        html.element("h3", report.actionsTitle)
        html.raw("\n<ol id=\"actions\" class=\"actions\">")
        for action in report.actions { html.element("li", action) }
        if report.actions.isEmpty { html.element("li", report.noActions, attributes: "class=\"none\"") }
        html.raw("</ol></section>\n")
    }

    private static func writeGroups(_ report: HTMLReport, to html: inout HTMLText) {
        html.raw("<section id=\"groups\"><h2>")
        html.text(report.groupsTitle)
        html.raw("</h2>\n")
        if report.groups.isEmpty { html.element("p", report.noGroups, attributes: "class=\"none\"") }
        for group in report.groups {
            html.raw("<section class=\"group \(group.tone.rawValue)\" data-key=\"")
            html.text(group.key)
            html.raw("\" data-count=\"\(group.total)\"><h3>")
            html.text(group.title)
            html.raw(" <span class=\"count\">\(group.total)</span></h3>")
            html.raw("<p class=\"remedy\"><strong>What to do:</strong> ")
            html.text(group.remedy)
            html.raw("</p><ul>")
            for item in group.items { html.element("li", item) }
            html.raw("</ul>")
            if group.total > group.items.count {
                html.element("p", "… and \(group.total - group.items.count) more in the table of all entries.", attributes: "class=\"more\"")
            }
            if let column = report.groupColumn {
                html.raw("<button type=\"button\" class=\"show\" data-column=\"\(column)\" data-value=\"")
                html.text(group.key)
                html.raw("\">Show these in the table</button>")
            }
            html.raw("</section>\n")
        }
        html.raw("</section>\n")
    }

    private static func writeTableShell(_ report: HTMLReport, to html: inout HTMLText) {
        let table = report.table
        html.raw("<section id=\"entries\"><h2>All entries <span class=\"count\">\(table.count)</span></h2>\n<div class=\"controls\" id=\"controls\">")
        html.raw("<label>Search <input type=\"search\" id=\"q\" placeholder=\"any text: a name, an address, an id\" autocomplete=\"off\"></label>")
        for column in table.facets where table.columns.indices.contains(column) {
            html.raw("<label>")
            html.text(table.columns[column])
            html.raw(" <select data-column=\"\(column)\" data-name=\"")
            html.text(table.columns[column])
            html.raw("\"><option>all</option></select></label>")
        }
        html.raw("<output id=\"shown\" data-count=\"\(table.count)\">\(table.count) entries</output></div>\n")
        html.raw("<table id=\"table\"><thead><tr>")
        for (index, column) in table.columns.enumerated() {
            html.raw("<th aria-sort=\"none\"><button type=\"button\" data-column=\"\(index)\">")
            html.text(column)
            html.raw("</button></th>")
        }
        html.raw("</tr></thead><tbody></tbody></table>\n<p><button type=\"button\" id=\"more\" hidden>Show more</button></p>\n")
        html.raw("<noscript><p>The table needs scripts. The CSV format (--format csv) has every entry.</p></noscript>\n")
    }
}
