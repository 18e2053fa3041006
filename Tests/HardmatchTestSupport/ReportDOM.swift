import Foundation

/// What the HTML report tests read from a page's DOM as chromium serialised it.
///
/// Attribute order is the writer's (`class`, `data-key`, `data-count`), which chromium keeps.
public struct ReportDOM {
    public let html: String

    public init(_ html: String) {
        self.html = html
    }

    /// The chart's bars of the chart with this id: `data-key` → `data-count`.
    public func bars(inChart id: String) -> [String: Int] {
        guard let start = html.range(of: "id=\"\(id)\""), let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex) else { return [:] }
        return pairs(in: String(html[start.upperBound..<end.lowerBound]), pattern: #"<g class="bar [a-z]+" data-key="([^"]*)" data-count="([0-9]+)""#)
    }

    /// The groups' `data-key` → `data-count`.
    public var groups: [String: Int] {
        pairs(in: html, pattern: #"<section class="group [a-z]+" data-key="([^"]*)" data-count="([0-9]+)""#)
    }

    /// How many entries the table's filters let through (`output#shown`).
    public var shown: Int? {
        first(#"<output id="shown" data-count="([0-9]+)""#).flatMap { Int($0) }
    }

    /// The table body's rows, each its cells' text as chromium serialised it (still escaped).
    public var rows: [[String]] {
        guard let start = html.range(of: "<tbody>"), let end = html.range(of: "</tbody>") else { return [] }
        let body = String(html[start.upperBound..<end.lowerBound])
        return body.components(separatedBy: "</tr>").filter { $0.contains("<td") }.map { row in
            row.components(separatedBy: "</td>").compactMap { cell in
                cell.range(of: "<td>").map { String(cell[$0.upperBound...]) }
            }
        }
    }

    /// The page's `<title>` text.
    public var title: String? { first(#"<title>([^<]*)</title>"#) }

    /// Whether the page's script finished (`data-ready` on the root element).
    public var isReady: Bool { first(#"<html[^>]* data-ready="([0-9]+)""#) != nil }

    /// How many elements of this tag name the DOM has.
    public func count(ofElement tag: String) -> Int {
        (try? NSRegularExpression(pattern: "<\(tag)[\\s>]", options: [.caseInsensitive]))?.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) ?? 0
    }

    private func first(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)),
              let range = Range(match.range(at: 1), in: html) else { return nil }
        return String(html[range])
    }

    private func pairs(in text: String, pattern: String) -> [String: Int] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [:] }
        var result: [String: Int] = [:]
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let key = Range(match.range(at: 1), in: text), let count = Range(match.range(at: 2), in: text) else { continue }
            result[String(text[key])] = Int(text[count])
        }
        return result
    }
}
