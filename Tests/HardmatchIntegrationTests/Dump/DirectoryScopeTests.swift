import Foundation
import HardmatchCore
import HardmatchTestSupport
import Testing

/// The sync's scope and repeated `--base` against the test DC: Samba's own built-in
/// accounts are critical system objects, as Windows' are.
@Suite struct DirectoryScopeTests {
    let directory = TestDirectory.current
    static let hardmatch = "OU=Hardmatch,DC=hardmatch,DC=test"
    static let checks = "OU=Checks,OU=Hardmatch,DC=hardmatch,DC=test"

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + directory.connectionArguments, environment: directory.passwordEnvironment)
    }

    /// `(dn, objectGUID, outOfScope)` of every record of an ndjson dump.
    func records(_ extra: [String]) throws -> [(dn: String, guid: String, outOfScope: String?)] {
        let result = try run(["dump", "--format", "ndjson"] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return try result.output.split(separator: "\n").map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (try #require(record["dn"] as? String), try #require(record["objectGUID"] as? String), record["outOfScope"] as? String)
        }
    }

    @Test func theBuiltInAccountsAreOutOfScope() throws {
        let all = try records([])
        let rules = Dictionary(all.map { ($0.dn, $0.outOfScope ?? "-") }, uniquingKeysWith: { first, _ in first })
        #expect(rules["CN=Administrator,CN=Users,DC=hardmatch,DC=test"] == "isCriticalSystemObject")
        #expect(rules["CN=krbtgt,CN=Users,DC=hardmatch,DC=test"] == "isCriticalSystemObject")
        #expect(rules["CN=Guest,CN=Users,DC=hardmatch,DC=test"] == "isCriticalSystemObject")
        #expect(rules["CN=Check Critical,\(Self.checks)"] == "isCriticalSystemObject")
        #expect(rules["CN=Check Conflict\\0ACNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,\(Self.checks)"] == "replicationConflict")
        #expect(rules["CN=Nina Schmidt,OU=Staff,\(Self.hardmatch)"] == "-")
        #expect(all.filter { $0.dn.hasSuffix(Self.hardmatch) && $0.outOfScope == nil }.count == all.filter { $0.dn.hasSuffix(Self.hardmatch) }.count - 2)
    }

    @Test func planGivesTheBuiltInAccountsOutOfScope() throws {
        let result = try run(["plan", "--format", "json", "--base", "CN=Users,DC=hardmatch,DC=test"] + SamplePlan.cloudArguments)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let entries = try #require(document["entries"] as? [[String: Any]])
        for name in ["Administrator", "krbtgt"] {
            let entry = try #require(entries.first { ($0["onPrem"] as? [String: Any])?["sAMAccountName"] as? String == name }, "\(name)")
            #expect(entry["outcome"] as? String == "outOfScope", "\(name)")
            #expect(entry["reason"] as? String == "isCriticalSystemObject", "\(name)")
            #expect(entry["cloud"] is NSNull, "\(name)")
        }
    }

    @Test func nestedBasesGiveEachUserOnce() throws {
        let outer = try records(["--base", Self.hardmatch])
        let inner = try records(["--base", Self.checks])
        let oracle = try Oracle.ldapsearch(directory, base: Self.hardmatch, filter: "(&(objectCategory=person)(objectClass=user))", attributes: ["objectGUID"])
        #expect(outer.count == oracle.count)
        #expect(inner.count > 0 && inner.count < outer.count)
        for bases in [[Self.checks, Self.hardmatch], [Self.hardmatch, Self.checks], [Self.hardmatch, "ou=checks, ou=hardmatch, dc=hardmatch, dc=test"]] {
            let both = try records(bases.flatMap { ["--base", $0] })
            #expect(both.count == outer.count, "\(bases)")
            #expect(Set(both.map(\.guid)) == Set(outer.map(\.guid)), "\(bases)")
        }
    }

    /// A base given by GUID (`<GUID=...>`, which AD and Samba accept) cannot be told to be
    /// inside another by its name: the users both reach are still given once.
    @Test func aNestedBaseGivenByGUIDGivesEachUserOnce() throws {
        let ou = try #require(try Oracle.ldapsearch(directory, base: Self.checks, filter: "(objectClass=organizationalUnit)", attributes: ["objectGUID"]).first)
        let bytes = try #require(ou.values("objectGUID").first)
        let guid = try ObjectGUID(rawBytes: bytes).string
        let outer = try records(["--base", Self.hardmatch])
        let both = try records(["--base", "<GUID=\(guid)>", "--base", Self.hardmatch])
        #expect(both.count == outer.count)
        #expect(Set(both.map(\.guid)) == Set(outer.map(\.guid)))
    }
}
