@testable import HardmatchCore
import Testing

/// The shared page skeleton: one report in, one self-contained page out.
@Suite struct HTMLPageTests {
    static func report(rows: [[String?]], groups: [HTMLGroup] = []) -> HTMLReport {
        HTMLReport(
            kind: "test", title: "<b>title</b>", headline: "1 & 2", facts: [HTMLFact(label: "a<b", value: "c>d", tone: .warn)],
            actions: ["do <this>"], charts: [HTMLChart(id: "counts", title: "Counts", bars: [HTMLChartBar(key: "x\"y", count: 3, tone: .bad)])],
            groupsTitle: "Groups", groups: groups, noGroups: "none", groupColumn: 0,
            table: HTMLTable(columns: ["a", "b"], facets: [0], count: rows.count) { rows[$0] }
        )
    }

    private func page(_ report: HTMLReport) -> String {
        String(decoding: HTMLPage.html(report), as: UTF8.self)
    }

    @Test func everyValueIsEscapedWhereverItGoes() {
        let text = page(Self.report(rows: [["</script><img onerror=x>", nil]], groups: [
            HTMLGroup(key: "key<k", title: "title<t", remedy: "remedy<r", tone: .bad, total: 5, items: ["item<i"]),
        ]))
        for raw in ["<b>", "a<b", "c>d", "do <this>", "x\"y", "key<k", "title<t", "remedy<r", "item<i", "</script><img"] {
            #expect(!text.contains(raw), "\(raw) unescaped")
        }
        #expect(text.contains("&lt;b&gt;title&lt;/b&gt;"))
        #expect(text.contains("\\u003c/script\\u003e\\u003cimg onerror=x\\u003e"))
        #expect(text.contains("data-key=\"x&quot;y\" data-count=\"3\""))
        #expect(text.contains("… and 4 more in the table"))
    }

    @Test func aPageIsSelfContained() {
        let text = page(Self.report(rows: []))
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.hasSuffix("</html>\n"))
        #expect(!text.contains("http://") || text.components(separatedBy: "http://").count == 2, "only the SVG namespace")
        #expect(!text.contains("https://"))
        let print = text.components(separatedBy: "@media print")
        #expect(print.count == 2)
        #expect(print.last?.contains(".controls,button,#entries,noscript{display:none!important}") == true, "print drops the controls and the table")
        #expect(text.contains("<p class=\"none\">none</p>"))
    }

    @Test func rowsAreWrittenInChunksAndAddUp() {
        let rows = (0..<50_000).map { ["row \($0) " + String(repeating: "x", count: 20), nil] as [String?] }
        var chunks = 0
        var bytes: [UInt8] = []
        HTMLPage.write(Self.report(rows: rows)) { chunks += 1; bytes += $0 }
        #expect(chunks > 1)
        #expect(bytes == HTMLPage.html(Self.report(rows: rows)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("[\"row 49999 "))
    }
}
