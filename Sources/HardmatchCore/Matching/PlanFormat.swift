/// The plan as JSON (SPEC §5, `docs/plan-format.md`), CSV and a terminal table.
///
/// Every writer hands its text to `emit` in chunks of about `chunkSize` bytes (JSON: blocks
/// of `PlanJSONEntries.blockSize` entries), so that a plan of a million entries is never
/// held twice in memory as text.
public enum PlanFormat {
    public static let chunkSize = 1 << 20

    // MARK: - JSON

    /// `{"tenant": {...}, "summary": {...}, "entries": [...]}`, one entry a line, keys in the documented order.
    public static func writeJSON(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        try emit(jsonHead(plan))
        var start = 0
        while start < plan.count {
            let end = min(start + PlanJSONEntries.blockSize, plan.count)
            try emit(PlanJSONEntries.block(start..<end, of: plan))
            start = end
        }
        try emit(jsonTail(plan))
    }

    /// The same bytes as `writeJSON`, with the next block of entries formatted on another
    /// core while one is emitted: formatting is most of the time writing a large plan takes.
    /// At most two blocks (a few megabytes) wait at once.
    public static func writeJSONConcurrently(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) async rethrows {
        try emit(jsonHead(plan))
        let size = PlanJSONEntries.blockSize
        var start = 0
        while start < plan.count {
            let middle = min(start + size, plan.count)
            let end = min(middle + size, plan.count)
            async let second = PlanJSONEntries.block(middle..<end, of: plan)
            try emit(PlanJSONEntries.block(start..<middle, of: plan))
            try emit(await second)
            start = end
        }
        try emit(jsonTail(plan))
    }

    private static func jsonHead(_ plan: MatchPlan) -> [UInt8] {
        var head = JSONText()
        head.raw("{\"tenant\":")
        writeTenant(plan.tenant, blockers: plan.blockers, to: &head)
        head.raw(",\n\"summary\":")
        writeSummary(plan.summary, to: &head)
        head.raw(",\n\"entries\":[")
        return head.bytes
    }

    private static func jsonTail(_ plan: MatchPlan) -> [UInt8] {
        Array((plan.rows.isEmpty ? "]}\n" : "\n]}\n").utf8)
    }

    /// The whole JSON document in one buffer (tests, small plans).
    public static func json(_ plan: MatchPlan) -> [UInt8] {
        var bytes: [UInt8] = []
        writeJSON(plan) { bytes += $0 }
        return bytes
    }

    public static func writeSummary(_ summary: PlanSummary, to json: inout JSONText) {
        json.beginObject()
        for outcome in MatchOutcome.allCases { json.field(outcome.rawValue, summary[outcome]) }
        json.endObject()
    }

    /// The tenant's features, where they and the role holders came from, what was not
    /// checked, and the blockers (SPEC §5), keys in the documented order.
    public static func writeTenant(_ tenant: TenantContext, blockers: [PlanBlocker], to json: inout JSONText) {
        json.beginObject()
        json.field("source", tenant.featureSource.rawValue)
        for flag in tenant.features.flags { json.field(flag.name, flag.value) }
        json.field("roleHolders", tenant.roleHolders.rawValue)
        json.field("unknown", tenant.unknown)
        json.key("blockers")
        json.beginArray()
        for blocker in blockers {
            json.beginObject()
            json.field("reason", blocker.reason.rawValue)
            json.field("action", blocker.action)
            json.field("users", blocker.users)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// The lines above the table: the tenant's features, what was not checked, the blockers.
    public static func tenantLines(_ plan: MatchPlan) -> [String] {
        let tenant = plan.tenant
        let source: String
        switch tenant.featureSource {
        case .live: source = "read from the tenant"
        case .file: source = "from --sync-features"
        case .assumed: source = "ASSUMED (Microsoft's defaults; give --sync-features or read them live)"
        }
        var lines = ["tenant: sync features \(source): " + tenant.features.flags.map { "\($0.name) \($0.value)" }.joined(separator: ", ")]
        let holders: String
        switch tenant.roleHolders {
        case .live: holders = "read live (role assignments and eligibility)"
        case .file: holders = "from --admins"
        case .none: holders = "none given: adminRole was not checked"
        }
        lines.append("tenant: role holders \(holders)")
        if !tenant.unknown.isEmpty {
            lines.append("tenant: NOT CHECKED: \(tenant.unknown.joined(separator: ", "))" + (tenant.roleHoldersUnknown ? " (apply refuses to write until the role holders can be read)" : ""))
        }
        for blocker in plan.blockers {
            lines.append("blocker: \(blocker.reason.rawValue) holds back \(blocker.users) entr\(blocker.users == 1 ? "y" : "ies"): \(blocker.action)")
        }
        if plan.blockers.isEmpty { lines.append("blockers: none") }
        return lines
    }

    /// `message` always; the other keys only when the reason sets them.
    static func writeDetail(_ detail: ConflictDetail, to json: inout JSONText) {
        json.beginObject()
        json.field("message", detail.message)
        if detail.cloudAnchorExistsOnPrem != nil {
            json.field("cloudAnchorGuid", detail.cloudAnchorGUID?.string)
            json.field("cloudAnchorExistsOnPrem", detail.cloudAnchorExistsOnPrem)
            json.field("cloudAnchorOnPremDn", detail.cloudAnchorOnPremDn)
        }
        if !detail.candidates.isEmpty { json.field("candidates", detail.candidates) }
        if !detail.competitors.isEmpty { json.field("competitors", detail.competitors) }
        if let attribute = detail.attribute {
            json.field("attribute", attribute)
            json.field("value", detail.value)
        }
        json.endObject()
    }

    // MARK: - CSV

    public static let csvColumns = [
        "outcome", "via", "reason", "immutableId",
        "onPremDn", "onPremObjectGUID", "onPremUserPrincipalName", "onPremSAMAccountName", "onPremSourceAnchor", "onPremPrimarySmtp",
        "cloudId", "cloudUserPrincipalName", "cloudMail", "cloudOnPremisesImmutableId", "cloudOnPremisesSyncEnabled", "cloudUserType",
        "detail",
    ]

    /// A header row, then one row per entry; the detail is its message.
    /// Values a spreadsheet would run as formulas are neutralised unless `formulas` is `.exact`.
    public static func writeCSV(_ plan: MatchPlan, formulas: CSVText.Formulas = .neutralised, emit: ([UInt8]) throws -> Void) rethrows {
        var csv = CSVText(formulas: formulas)
        csv.row(csvColumns)
        for row in plan.rows {
            let onPrem = row.onPrem < 0 ? nil : plan.onPremUsers[Int(row.onPrem)]
            let cloud = row.cloud < 0 ? nil : plan.cloudUsers[Int(row.cloud)]
            let anchor = onPrem?.sourceAnchor.string
            csv.row([
                row.outcome.rawValue, row.via?.rawValue, row.reason?.rawValue ?? onPrem?.outOfScope?.rawValue, anchor,
                onPrem?.dn, onPrem?.objectGUID.string, onPrem?.userPrincipalName, onPrem?.sAMAccountName, anchor, onPrem?.primarySmtp,
                cloud?.id, cloud?.userPrincipalName, cloud?.mail, cloud?.onPremisesImmutableId,
                cloud?.onPremisesSyncEnabled.map { $0 ? "true" : "false" }, cloud?.userType,
                row.detail < 0 ? nil : plan.details[Int(row.detail)].message,
            ])
            if csv.bytes.count >= chunkSize {
                try emit(csv.bytes)
                csv.removeAll()
            }
        }
        try emit(csv.bytes)
    }

    // MARK: - Table

    /// Aligned columns for a terminal, a conflict's message on the line below, the counts last.
    public static func writeTable(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        var text = tenantLines(plan).joined(separator: "\n") + "\n\n"
        text += tableRow(["OUTCOME", "VIA / REASON", "ON-PREMISES", "CLOUD", "IMMUTABLEID"])
        for row in tableOrder(plan) {
            let user = row.onPrem < 0 ? nil : plan.onPremUsers[Int(row.onPrem)]
            let onPrem = user.map(shownName) ?? "-"
            let cloud = row.cloud < 0 ? "-" : plan.cloudUsers[Int(row.cloud)].userPrincipalName ?? plan.cloudUsers[Int(row.cloud)].id
            let rule = row.reason?.rawValue ?? row.via?.rawValue ?? user?.outOfScope?.rawValue ?? "-"
            text += tableRow([row.outcome.rawValue, rule, onPrem, cloud, user?.sourceAnchor.string ?? "-"])
            if row.detail >= 0 { text += "    " + TerminalText.escaped(plan.details[Int(row.detail)].message) + "\n" }
            if text.utf8.count >= chunkSize {
                try emit(Array(text.utf8))
                text = ""
            }
        }
        // The counts are the command's stderr summary line: said once, not twice.
        try emit(Array(text.utf8))
    }

    /// The name the table shows for an on-premises user.
    private static func shownName(_ user: OnPremUser) -> String {
        user.sAMAccountName ?? user.userPrincipalName ?? user.dn
    }

    /// The table's order, for a person reading it: by the on-premises name shown, ignoring
    /// case, then the cloud-only entries by their cloud name. (JSON and CSV keep the plan's
    /// own order, sorted by DN, which looks random once the DN is not shown.)
    static func tableOrder(_ plan: MatchPlan) -> [PlanRow] {
        func key(_ row: PlanRow) -> (Int, String) {
            if row.onPrem >= 0 { return (0, shownName(plan.onPremUsers[Int(row.onPrem)]).lowercased()) }
            guard row.cloud >= 0 else { return (2, "") }
            let cloud = plan.cloudUsers[Int(row.cloud)]
            return (1, (cloud.userPrincipalName ?? cloud.id).lowercased())
        }
        return plan.rows.enumerated().sorted { left, right in
            let (a, b) = (key(left.element), key(right.element))
            if a != b { return a < b }
            return left.offset < right.offset
        }.map(\.element)
    }

    private static let widths = [15, 23, 26, 36]

    private static func tableRow(_ fields: [String]) -> String {
        // Directory and cloud text: nothing in it may drive the terminal.
        TableRow.line(fields.map(TerminalText.escaped), widths: widths)
    }
}
