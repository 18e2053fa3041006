import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch plan` as an administrator runs it, on an LDIF export and the sample Graph export.
@Suite struct PlanCommandTests {
    private func plan(_ arguments: [String], input: String? = nil) throws -> CommandRunner.Result {
        let export = try input ?? SamplePlan.onPremExport()
        return try CommandRunner.run(["plan", "--ldif", "-"] + arguments, input: Data(export.utf8))
    }

    private func entries(_ result: CommandRunner.Result) throws -> (summary: [String: Int], entries: [[String: Any]]) {
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        return (try #require(document["summary"] as? [String: Int]), try #require(document["entries"] as? [[String: Any]]))
    }

    @Test func everySampleUserGetsItsDocumentedOutcome() throws {
        let result = try plan(SamplePlan.cloudArguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let (summary, entries) = try entries(result)
        let expected = SamplePlan.expected.merging(SamplePlan.extraExpected) { $1 }
        var seen = Set<String>()
        for entry in entries {
            guard let onPrem = entry["onPrem"] as? [String: Any], let sam = onPrem["sAMAccountName"] as? String else {
                let cloud = try #require(entry["cloud"] as? [String: Any])
                #expect(entry["outcome"] as? String == "cloudOnly")
                #expect(SamplePlan.cloudOnlyUPNs.contains(cloud["userPrincipalName"] as? String ?? ""))
                continue
            }
            seen.insert(sam)
            let want = try #require(expected[sam], "no expectation for \(sam)")
            #expect(entry["outcome"] as? String == want.outcome, "\(sam)")
            #expect(entry["via"] as? String == want.via, "\(sam)")
            #expect(entry["reason"] as? String == want.reason, "\(sam)")
            #expect((entry["cloud"] as? [String: Any])?["userPrincipalName"] as? String == want.cloudUPN, "\(sam)")
            #expect(entry["immutableId"] as? String == onPrem["sourceAnchor"] as? String)
        }
        #expect(seen == Set(expected.keys))
        #expect(summary["cloudOnly"] == SamplePlan.cloudOnlyUPNs.count)
        #expect(summary.values.reduce(0, +) == entries.count)
        #expect(result.errorLines.contains { $0.hasPrefix("warning: \(SamplePlan.cloudFile): cloud user ") && $0.contains("legacy-app-0001") })
        #expect(result.errorLines.last?.hasPrefix("plan: 25 on-premises and 18 cloud users: 1 anchored, 2 softMatch, 3 setImmutableId") == true)
    }

    @Test func anchorMismatchSaysWhichObjectOwnsTheCloudAnchor() throws {
        let (_, entries) = try entries(try plan(SamplePlan.cloudArguments))
        let nina = try #require(entries.first { ($0["onPrem"] as? [String: Any])?["sAMAccountName"] as? String == "nina.schmidt" })
        let detail = try #require(nina["detail"] as? [String: Any])
        #expect(detail["cloudAnchorGuid"] as? String == "3b3013e2-6e9b-456a-8faa-641a3ea8f171")
        #expect(detail["cloudAnchorExistsOnPrem"] as? Bool == true)
        #expect(detail["cloudAnchorOnPremDn"] as? String == "CN=Nina Schmidt,OU=Staff,OU=Hardmatch,DC=hardmatch,DC=test")
        let julia = try #require(entries.first { ($0["onPrem"] as? [String: Any])?["sAMAccountName"] as? String == "julia.meyer" })
        #expect((julia["detail"] as? [String: Any])?["cloudAnchorExistsOnPrem"] as? Bool == false)
    }

    @Test func preferHardTurnsSoftMatchesIntoWrites() throws {
        let (summary, _) = try entries(try plan(SamplePlan.cloudArguments + ["--prefer-hard"]))
        #expect(summary["softMatch"] == 0)
        #expect(summary["setImmutableId"] == 5)
    }

    @Test func sameInputsGiveTheSameBytesInEveryFormat() throws {
        for format in ["json", "csv", "table"] {
            let first = try plan(SamplePlan.cloudArguments + ["--format", format])
            let second = try plan(SamplePlan.cloudArguments + ["--format", format])
            #expect(first.status == 0)
            #expect(first.standardOutput.count > 1000)
            #expect(first.standardOutput == second.standardOutput)
        }
    }

    @Test func outputFileIsPrivate() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try plan(SamplePlan.cloudArguments + ["--output", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Data(contentsOf: file).starts(with: Data(#"{"tenant":{"source":"assumed","#.utf8)))
    }

    @Test func badCloudFilesAreOneErrorLineNamingTheFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plan-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, String)] = [
            ("truncated.json", #"{"value":[{"id":"a","userPrincipalName":"x"#),
            ("noid.json", #"[{"userPrincipalName":"x@contoso.com"}]"#),
            ("shape.json", #""users""#),
        ]
        for (name, text) in cases {
            let path = directory.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let result = try plan(["--cloud", path])
            #expect(result.status == 1)
            #expect(result.output.isEmpty)
            #expect(result.errorLines.count == 1)
            #expect(result.errorLines.first?.hasPrefix("error: --cloud \(path): ") == true, "\(result.standardError)")
        }
        let twice = try plan(["--cloud", SamplePlan.cloudFile, "--cloud", SamplePlan.cloudFile])
        #expect(twice.status == 1)
        #expect(twice.errorLines.last?.contains("appears twice") == true)
        let missing = try plan([])
        #expect(missing.status != 0)
        #expect(missing.errorLines.last?.hasPrefix("error: give the cloud users with --cloud PATH") == true)
    }

    @Test func anUnreadableOnPremisesEntryStopsThePlan() throws {
        let export = try SamplePlan.onPremExport() + "\n\ndn: CN=No Guid,DC=hardmatch,DC=test\nsAMAccountName: noguid\n"
        let result = try plan(SamplePlan.cloudArguments, input: export)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.standardError.contains("no objectGUID"))
        #expect(result.errorLines.last?.hasPrefix("error: 1 on-premises entry could not be read as users") == true)
    }
}
