import Foundation
import HardmatchTestSupport
import Testing

/// `plan` and `check` with `--format html`, opened in headless chromium: the counts a
/// person reads are the JSON's, the table filters, and hostile values stay text.
///
/// Each test keeps a screenshot in `.build/test-artifacts/html/` for a person to look at.
@Suite(.serialized) struct HTMLReportBrowserTests {
    /// Payloads in `displayName`: run as script, either would change the page's title.
    static let scriptName = "<script>document.title='pwned'</script>"
    static let attributeName = "\"><img src=x onerror=\"document.title='pwned'\">"

    /// The sample export with two users' display names replaced by the payloads (base64,
    /// as LDIF needs for a value starting with `<` or holding `"`).
    static func hostileExport() throws -> String {
        try SamplePlan.onPremExport()
            .replacingOccurrences(of: "displayName: Alice Smith", with: "displayName:: " + Data(scriptName.utf8).base64EncodedString())
            .replacingOccurrences(of: "displayName: Grace Lee", with: "displayName:: " + Data(attributeName.utf8).base64EncodedString())
    }

    private func plan(_ format: String, output: String? = nil, export: String) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(
            ["plan", "--ldif", "-", "--format", format] + SamplePlan.cloudArguments + (output.map { ["--output", $0] } ?? []),
            input: Data(export.utf8)
        )
        #expect(result.status == 0, "\(result.standardError)")
        return result
    }

    private func page(_ path: String, query: String = "") -> URL {
        URL(string: URL(fileURLWithPath: path).absoluteString + query)!
    }

    private func keepScreenshot(_ browser: HeadlessChromium, _ url: URL, _ name: String) throws {
        let folder = repositoryRoot.appendingPathComponent(".build/test-artifacts/html")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try? FileManager.default.removeItem(atPath: path)
        try browser.screenshot(url, to: path)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "a screenshot of an empty page?")
    }

    // MARK: - Plan

    @Test func planCountsInTheBrowserAreTheJSONSummary() throws {
        let browser = try HeadlessChromium()
        let scratch = try ScratchFolder()
        let export = try Self.hostileExport()
        let file = scratch.path("plan.html")
        _ = try plan("html", output: file, export: export)
        let json = try #require(try JSONSerialization.jsonObject(with: try plan("json", export: export).standardOutput) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        let entries = try #require(json["entries"] as? [[String: Any]])

        let dom = ReportDOM(try browser.dumpDOM(page(file)))
        #expect(dom.isReady, "the page's script did not finish")
        #expect(dom.bars(inChart: "outcomes") == summary)
        var reasons: [String: Int] = [:]
        for entry in entries { if let reason = entry["reason"] as? String { reasons[reason, default: 0] += 1 } }
        #expect(dom.bars(inChart: "reasons") == reasons)
        #expect(dom.groups == reasons)
        #expect(dom.shown == entries.count)
        #expect(dom.rows.count == entries.count)
        let blockers = try #require((json["tenant"] as? [String: Any])?["blockers"] as? [[String: Any]])
        #expect(!blockers.isEmpty)
        for blocker in blockers {
            #expect(dom.html.contains(try #require(blocker["action"] as? String)), "the blocker's action is not on the page")
        }
        try keepScreenshot(browser, page(file), "plan.png")
    }

    @Test func planFiltersByOutcomeReasonAndText() throws {
        let browser = try HeadlessChromium()
        let scratch = try ScratchFolder()
        let file = scratch.path("plan.html")
        _ = try plan("html", output: file, export: try SamplePlan.onPremExport())
        let expected = SamplePlan.expected.merging(SamplePlan.extraExpected) { $1 }

        let conflicts = ReportDOM(try browser.dumpDOM(page(file, query: "?outcome=conflict")))
        #expect(conflicts.shown == expected.values.count { $0.outcome == "conflict" })
        #expect(conflicts.rows.allSatisfy { $0.first == "conflict" })
        #expect(conflicts.rows.count == conflicts.shown)

        let ambiguous = ReportDOM(try browser.dumpDOM(page(file, query: "?outcome=conflict&reason=ambiguous")))
        #expect(Set(ambiguous.rows.map { $0[3] }) == Set(expected.filter { $0.value.reason == "ambiguous" }.keys))

        let text = ReportDOM(try browser.dumpDOM(page(file, query: "?q=SALES.TEAM")))
        #expect(Set(text.rows.map { $0[3] }) == ["laura.garcia", "maria.rossi"], "text filter ignores case and finds the cloud column")

        let nothing = ReportDOM(try browser.dumpDOM(page(file, query: "?reason=noSuchReason")))
        #expect(nothing.shown == 0)
        #expect(nothing.rows.isEmpty)

        let sorted = ReportDOM(try browser.dumpDOM(page(file, query: "?sort=on-premises&desc")))
        let names = sorted.rows.compactMap { $0[3].isEmpty ? nil : $0[3].lowercased() }
        #expect(names == names.sorted(by: >))
        try keepScreenshot(browser, page(file, query: "?outcome=conflict"), "plan-filtered.png")
    }

    /// The controls as a person uses them: a test copy of the page ends with a script that
    /// types into the search box (an `input` event), clicks a group's button or a column
    /// header; `--virtual-time-budget` lets the page's debounce run before the DOM is dumped.
    @Test func theControlsFilterAndSortWhenUsed() throws {
        let browser = try HeadlessChromium()
        let scratch = try ScratchFolder()
        let file = scratch.path("plan.html")
        _ = try plan("html", output: file, export: try SamplePlan.onPremExport())
        let page = try String(contentsOfFile: file, encoding: .utf8)
        func driven(_ name: String, _ script: String) throws -> ReportDOM {
            let path = try scratch.write(name, Data((page + "<script>" + script + "</script>\n").utf8))
            return ReportDOM(try browser.dumpDOM(URL(fileURLWithPath: path)))
        }

        let typed = try driven("typed.html", #"var q=document.getElementById("q");q.value="Sales.Team";q.dispatchEvent(new Event("input"));"#)
        #expect(typed.shown == 2)
        #expect(Set(typed.rows.map { $0[3] }) == ["laura.garcia", "maria.rossi"])

        let group = try driven("group.html", #"document.querySelector('section.group[data-key="guest"] button.show').click();"#)
        #expect(group.shown == 1)
        #expect(group.rows.first?[3] == "grace.lee")

        let sorted = try driven("sorted.html", #"var b=document.querySelectorAll("th button")[3];b.click();b.click();"#)
        #expect(sorted.html.contains("<th aria-sort=\"descending\"><button type=\"button\" data-column=\"3\">on-premises"))
        let names = sorted.rows.compactMap { $0[3].isEmpty ? nil : $0[3].lowercased() }
        #expect(names == names.sorted(by: >))
        #expect(names.count == SamplePlan.expected.count + SamplePlan.extraExpected.count)
    }

    @Test func hostileDisplayNamesStayText() throws {
        let browser = try HeadlessChromium()
        let scratch = try ScratchFolder()
        let file = scratch.path("plan.html")
        _ = try plan("html", output: file, export: try Self.hostileExport())
        let raw = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!raw.contains(Self.scriptName))
        #expect(!raw.contains("<img"))

        // Grace Lee is a conflict: her name is in a group's list and in the table.
        let dom = ReportDOM(try browser.dumpDOM(page(file, query: "?q=grace")))
        #expect(dom.title?.hasPrefix("hardmatch plan") == true, "a payload ran: the title is \(dom.title ?? "gone")")
        #expect(dom.count(ofElement: "img") == 0)
        #expect(dom.rows.contains { $0.contains("\"&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;") })
        #expect(dom.html.contains("\"&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt; (grace.lee)"))
        let alice = ReportDOM(try browser.dumpDOM(page(file, query: "?q=alice.smith")))
        #expect(alice.rows.contains { $0.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;") })
        #expect(alice.count(ofElement: "script") == 2, "only the data block and the page's own script")
        #expect(alice.title?.hasPrefix("hardmatch plan") == true)
        try keepScreenshot(browser, page(file, query: "?q=pwned"), "plan-hostile.png")
    }

    @Test func theFileIsPrivateAndNeedsNoNetwork() throws {
        let scratch = try ScratchFolder()
        let file = scratch.path("plan.html")
        _ = try plan("html", output: file, export: try SamplePlan.onPremExport())
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!html.contains("src=\""), "nothing is loaded from anywhere")
        #expect(!html.contains("href=\"http"))
        #expect(html.contains("default-src 'none'"))
    }

    // MARK: - Check

    @Test func checkCountsInTheBrowserAreTheJSONSummary() throws {
        let browser = try HeadlessChromium()
        let scratch = try ScratchFolder()
        let file = scratch.path("check.html")
        let export = try Self.hostileExport()
        let page = try CommandRunner.run(["check", "--ldif", "-", "--format", "html", "--output", file], input: Data(export.utf8))
        #expect(page.status == 0 || page.status == 3, "\(page.standardError)")
        let json = try CommandRunner.run(["check", "--ldif", "-", "--format", "json"], input: Data(export.utf8))
        let document = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty, "the sample has findings to show")

        let dom = ReportDOM(try browser.dumpDOM(self.page(file)))
        #expect(dom.isReady)
        #expect(dom.bars(inChart: "severities") == ["error": summary["errors"] ?? -1, "warning": summary["warnings"] ?? -1])
        var rules: [String: Int] = [:]
        for finding in findings { rules[finding["rule"] as? String ?? "", default: 0] += 1 }
        #expect(dom.bars(inChart: "rules") == rules)
        #expect(dom.groups == rules)
        #expect(dom.shown == findings.count)

        let rule = try #require(rules.keys.sorted().first)
        let filtered = ReportDOM(try browser.dumpDOM(self.page(file, query: "?rule=" + rule)))
        #expect(filtered.shown == rules[rule])
        #expect(filtered.rows.allSatisfy { $0[1] == rule })
        try keepScreenshot(browser, self.page(file), "check.png")
    }

    // MARK: - Verify

    /// `verify --format html` after the simulated messy first sync of `VerifyCommandTests`,
    /// the onPremOnly entry's sAMAccountName replaced by a payload.
    @Test func verifyCountsInTheBrowserAreTheJSONSummary() throws {
        let browser = try HeadlessChromium()
        let (server, folder, planPath) = try VerifyCommandTests.setUp()
        defer { server.stop(); withExtendedLifetime(folder) {} }
        try VerifyCommandTests.simulateMessySync(server)
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: planPath))) as? [String: Any])
        var entries = try #require(plan["entries"] as? [[String: Any]])
        var last = try #require(entries.last?["onPrem"] as? [String: Any])
        last["sAMAccountName"] = Self.attributeName
        entries[entries.count - 1]["onPrem"] = last
        plan["entries"] = entries
        let hostilePlan = try folder.write("hostile-plan.json", try JSONSerialization.data(withJSONObject: plan))

        let file = folder.path("verify.html")
        let html = try CommandRunner.run(["verify", hostilePlan, "--format", "html", "--output", file] + server.arguments, environment: server.environment)
        #expect(html.status == 3, "\(html.standardError)")
        let (json, results, summary) = try VerifyCommandTests.run(hostilePlan, server)
        #expect(json.status == 3)
        try #require(results.count == 10)

        let dom = ReportDOM(try browser.dumpDOM(page(file)))
        #expect(dom.isReady, "the page's script did not finish")
        #expect(dom.bars(inChart: "statuses") == summary)
        #expect(dom.groups == summary.filter { $0.key != "asPlanned" && $0.value > 0 })
        #expect(dom.shown == results.count)
        #expect(dom.rows.count == results.count)
        #expect(dom.html.contains("read live from Microsoft Graph"))
        #expect(dom.html.contains("One person, two accounts: move anything the person already uses"))

        let duplicated = ReportDOM(try browser.dumpDOM(page(file, query: "?status=duplicated")))
        #expect(duplicated.shown == summary["duplicated"])
        #expect(duplicated.rows.count == summary["duplicated"])
        #expect(duplicated.rows.allSatisfy { $0.first == "duplicated" })
        let errors = ReportDOM(try browser.dumpDOM(page(file, query: "?status=syncError")))
        #expect(errors.shown == 2)
        #expect(errors.rows.allSatisfy { $0.first == "syncError" && $0[5].contains("ProxyAddresses") })

        let raw = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!raw.contains("<img"))
        let hostile = ReportDOM(try browser.dumpDOM(page(file, query: "?q=onerror")))
        #expect(hostile.title?.hasPrefix("hardmatch verify") == true, "a payload ran: the title is \(hostile.title ?? "gone")")
        #expect(hostile.count(ofElement: "img") == 0)
        #expect(hostile.shown == 1)
        try keepScreenshot(browser, page(file), "verify.png")
    }
}
