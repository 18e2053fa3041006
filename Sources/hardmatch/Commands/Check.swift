import ArgumentParser
import Foundation
import HardmatchCore

/// `hardmatch check`: the data errors that break or degrade the first sync (SPEC §7),
/// found before it runs, from any machine, on a live DC or an export.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find duplicate and malformed attributes that break the first sync (like IdFix).",
        discussion: """
        Checks userPrincipalName, mail, mailNickname, proxyAddresses and (for users without \
        a UPN) sAMAccountName against Entra ID's rules, and finds values two users share in \
        the namespace Entra keeps unique (a UPN equal to another user's proxy address is a \
        duplicate). Each finding names the user, the attribute, the value, a rule id, error \
        or warning, and a suggested fix where one is safe (no other user holds it, and no other \
        fix proposes it). Exit status 0 when there is no error, 3 when there is one. A summary \
        line goes to standard error.

        Examples:
          hardmatch check --ldif users.ldif --verified-domain contoso.com
          hardmatch check --uri ldaps://dc1.corp.example.com --bind-dn svc@corp.example.com --password-file pw.txt --format csv --output findings.csv
        """
    )

    @OptionGroup var source: DirectorySourceOptions

    @Option(name: .customLong("verified-domain"), help: ArgumentHelp("A domain verified in the tenant (repeat for each); UPN suffixes outside the list are reported.", valueName: "DOMAIN"))
    var verifiedDomains: [String] = []

    @Flag(name: .customLong("include-system"), help: "Also check the users Entra Connect's default rules never synchronise (critical system objects such as krbtgt, its own MSOL_/AAD_ accounts, Exchange system mailboxes, objects written back from the cloud, replication conflicts); dump shows each one's rule as outOfScope.")
    var includeSystem = false

    @Option(help: ArgumentHelp("Output format: table, json, ndjson, csv or html (default: table on a terminal, json otherwise).", valueName: "FORMAT"))
    var format: ReportOutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically, mode 0600) instead of standard output.", valueName: "PATH"))
    var output: String?

    @OptionGroup var csvOptions: CSVOptions

    @Flag(name: .shortAndLong, help: "On standard error, also list search continuation references and what the LDAP and Graph clients do: connections, pages, requests, retries.")
    var verbose = false

    func validate() throws {
        for domain in verifiedDomains where domain.isEmpty || domain.contains("@") || domain.contains(where: \.isWhitespace) {
            throw ValidationError("--verified-domain \"\(domain)\" is not a domain name (give e.g. contoso.com, without user@)")
        }
    }

    func run() async throws {
        let sink = try OutputSink(path: output)
        let chosen = format ?? (sink.isTerminal ? .table : .json)
        var check = DirectoryCheck(options: CheckOptions(verifiedDomains: verifiedDomains, includeSystemObjects: includeSystem))
        let summary: UserSource.Summary
        do {
            summary = try await UserSource(options: source).readUsers(verbose: verbose) { check.check($0) }
        } catch let failure as CommandFailure {
            throw CommandFailure("\(failure.message); nothing was checked")
        }
        var report = check.report()
        // SPEC §3: a record without attributes is not a user either; its own warning line
        // named it, and counting it here keeps the summary's entries adding up.
        report.notUsers = summary.nonUsers + summary.unreadable
        try sink.write(Self.render(report, as: chosen, formulas: csvOptions.formulas))
        try sink.commit()
        Terminal.standardError.writeLine(report.summary)
        if verifiedDomains.isEmpty {
            Terminal.standardError.writeLine("note: no --verified-domain given: UPN and address suffixes were checked for routability only, not against the tenant's verified domains")
        }
        if summary.problems > 0 {
            throw CommandFailure("\(summary.problems) entr\(summary.problems == 1 ? "y" : "ies") could not be read as users (listed above) and were not checked")
        }
        if report.hasErrors {
            throw ExitCode(ExitStatus.findings.rawValue)
        }
    }

    /// The whole report in one format; findings are sorted first, so nothing streams.
    static func render(_ report: CheckReport, as format: ReportOutputFormat, formulas: CSVText.Formulas = .neutralised) -> [UInt8] {
        switch format {
        case .json:
            var json = JSONText()
            FindingFormat.writeDocument(report, to: &json)
            return json.bytes
        case .ndjson:
            var json = JSONText()
            var bytes: [UInt8] = []
            for finding in report.findings {
                json.removeAll()
                FindingFormat.writeJSON(finding, to: &json)
                bytes += json.bytes
                bytes.append(0x0a)
            }
            return bytes
        case .csv:
            var csv = CSVText(formulas: formulas)
            csv.row(FindingFormat.columns)
            for finding in report.findings { csv.row(FindingFormat.csvFields(finding)) }
            return csv.bytes
        case .table:
            return Array(FindingTable.render(report).utf8)
        case .html:
            return CheckHTML.html(report)
        }
    }
}
