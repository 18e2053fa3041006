import ArgumentParser
import HardmatchCore
import HardmatchGraph

/// `hardmatch plan`: what the first sync will do with every on-premises user (SPEC §5).
struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict the first Entra Connect sync for every user and list the ImmutableIds to set.",
        discussion: """
        Reads the on-premises users (--uri ... or --ldif PATH) and the cloud users (--cloud \
        PATH, a Microsoft Graph export: a GET /users page, a JSON array, or Get-MgUser | \
        ConvertTo-Json; repeat for every page), pairs them as Entra does (hard match, then \
        soft match by primary SMTP address and UPN) and as an administrator would (--mapping, \
        a shared SMTP address, the UPN local part of an *.onmicrosoft.com account), and gives \
        each user one outcome: anchored, softMatch, setImmutableId, conflict (with a reason), \
        onPremOnly or cloudOnly. Nothing is written anywhere: `hardmatch apply` does that.

        Examples:
          hardmatch plan --ldif users.ldif --cloud users.json --admins admins.txt --format json --output plan.json
          hardmatch plan --uri ldaps://dc1.corp.example.com --bind-dn svc@corp.example.com --password-env DC_PASSWORD --token-env GRAPH_TOKEN --output plan.json
        """
    )

    @OptionGroup var source: DirectorySourceOptions

    @Option(name: .customLong("cloud"), help: ArgumentHelp("A Graph export of the cloud users; repeat for every page.", valueName: "PATH"))
    var cloudFiles: [String] = []

    @OptionGroup(title: "Microsoft Graph (read the cloud users live instead of --cloud)")
    var graph: GraphOptions

    @Option(help: ArgumentHelp("Cloud user ids or UPNs that hold administrator roles, one a line.", valueName: "PATH"))
    var admins: String?

    @Option(name: .customLong("sync-features"), help: ArgumentHelp("The tenant's sync features: the JSON of GET /v1.0/directory/onPremisesSynchronization (default: read live, else Microsoft's defaults, stated as assumed).", valueName: "PATH"))
    var syncFeatures: String?

    @Option(help: ArgumentHelp("CSV of explicit pairings: onPrem,cloud (UPN, mail, sAMAccountName, DN, id or GUID).", valueName: "PATH"))
    var mapping: String?

    @Flag(name: .customLong("prefer-hard"), help: "Propose setImmutableId instead of relying on a soft match.")
    var preferHard = false

    @Option(help: ArgumentHelp("Output format: json, csv, table or html (default: table on a terminal, json otherwise).", valueName: "FORMAT"))
    var format: PlanOutputFormat?

    @OptionGroup var csvOptions: CSVOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically, mode 0600) instead of standard output.", valueName: "PATH"))
    var output: String?

    @Flag(name: .shortAndLong, help: "On standard error, also list search continuation references and what the LDAP and Graph clients do: connections, pages, requests, retries.")
    var verbose = false

    @Flag(help: ArgumentHelp("Print the time each phase takes on standard error.", visibility: .hidden))
    var timings = false

    func validate() throws {
        try graph.requireOneCloudSource(files: cloudFiles, export: "")
    }

    func run() async throws {
        var timer = PhaseTimer(enabled: timings)
        // The two inputs are independent: the cloud files are parsed and indexed on another
        // core while the on-premises users stream in. Nothing is printed until both are read,
        // so that the messages (and which error stops the command) are those of reading
        // them in turn.
        // A cloud error decides the outcome, so it also stops the on-premises read.
        let cloudSource: CloudSource = graph.isGiven ? .graph(try graph.configuration(verbose: verbose)) : .files(cloudFiles)
        let cloudFailed = FailureFlag()
        let cloudRead = Task.detached {
            do {
                return try await Self.readCloudUsers(cloudSource)
            } catch {
                cloudFailed.raise()
                throw error
            }
        }
        // The on-premises side is indexed as soon as it is read, while the cloud file may
        // still be being parsed: neither index needs the other side.
        let onPremRead: Result<IndexedOnPremUsers, any Error>
        var onPremMessages: [String] = []
        var onPremSeconds = (read: 0.0, indexed: 0.0)
        do {
            let users = try await readOnPremUsers(stoppingWhen: cloudFailed) { onPremMessages.append($0) }
            onPremSeconds.read = timer.elapsed()
            if cloudFailed.isRaised { throw CancellationError() }
            onPremRead = .success(await IndexedOnPremUsers.concurrently(users))
            onPremSeconds.indexed = timer.elapsed() - onPremSeconds.read
        } catch {
            onPremRead = .failure(error)
        }
        let cloudData = try await cloudRead.value
        let indexedCloud = cloudData.users
        let cloud = indexedCloud.users
        for finding in cloudData.findings { Terminal.standardError.writeLine("warning: \(finding)") }
        for message in onPremMessages { Terminal.standardError.writeLine(message) }
        let indexedOnPrem = try onPremRead.get()
        let onPrem = indexedOnPrem.users
        timer.report("on-premises users read (\(onPrem.count) users)", seconds: onPremSeconds.read)
        timer.report("then: on-premises users sorted and indexed", seconds: onPremSeconds.indexed)
        timer.report("alongside: cloud files read (\(cloud.count) users)", seconds: cloudData.seconds.read)
        timer.report("then: cloud users indexed", seconds: cloudData.seconds.indexed)
        timer.mark("both inputs read")

        var tenant = try tenantContext(cloudData)
        var adminIds = try readAdmins(cloud)
        if let holders = cloudData.roleHolders {
            adminIds.formUnion(holders.ids)
            adminIds.formUnion(Self.ids(of: holders.userPrincipalNames, in: cloud))
        }
        let pairings = try readMapping(onPrem: onPrem, cloud: cloud)
        var builder = PlanBuilder(indexedOnPrem: indexedOnPrem, indexedCloud: indexedCloud, adminIds: adminIds, pairings: pairings, preferHard: preferHard, tenant: tenant)
        var plan = await builder.buildConcurrently()
        if case .graph(let configuration) = cloudSource {
            // onPremisesSyncBehavior is a relationship: read for the cloud users the plan
            // joins, then the plan is made again with it.
            let joined = plan.entries.compactMap { $0.onPrem != nil ? $0.cloud?.id : nil }
            if !joined.isEmpty {
                do {
                    let managed = try await GraphClient(configuration: configuration).cloudManaged(ids: joined)
                    var users = cloud
                    for index in users.indices { if let value = managed[users[index].id] { users[index].isCloudManaged = value } }
                    builder = PlanBuilder(indexedOnPrem: indexedOnPrem, indexedCloud: IndexedCloudUsers(users), adminIds: adminIds, pairings: pairings, preferHard: preferHard, tenant: tenant)
                } catch let error as GraphError where GraphClient.isRefusal(error) {
                    tenant.markUnknown("onPremisesSyncBehavior")
                    Terminal.standardError.writeLine("warning: cannot read onPremisesSyncBehavior (\(error)); the plan does not check cloudManaged and says so")
                    builder.tenant = tenant
                } catch let error as GraphError {
                    throw CommandFailure("reading onPremisesSyncBehavior from Microsoft Graph: \(error)")
                }
                plan = await builder.buildConcurrently()
            }
        }
        timer.mark("plan built (\(plan.count) entries)")

        let sink = try OutputSink(path: output)
        let emit: ([UInt8]) throws -> Void = { try sink.write($0) }
        switch format ?? (sink.isTerminal ? .table : .json) {
        case .json: try await PlanFormat.writeJSONConcurrently(plan, emit: emit)
        case .csv: try PlanFormat.writeCSV(plan, formulas: csvOptions.formulas, emit: emit)
        case .table: try PlanFormat.writeTable(plan, emit: emit)
        case .html: try PlanHTML.write(plan, emit: emit)
        }
        try sink.commit()
        timer.mark("plan written")
        for blocker in plan.blockers {
            Terminal.standardError.writeLine("blocker: \(blocker.reason.rawValue) holds back \(blocker.users) entr\(blocker.users == 1 ? "y" : "ies"): \(blocker.action)")
        }
        Terminal.standardError.writeLine("plan: \(onPrem.count) on-premises and \(cloud.count) cloud users: \(plan.summary.line)")
        ExitReclaim.keep(builder, plan)
    }

    // MARK: - Inputs

    /// Where the cloud users come from: export files, or Graph itself.
    enum CloudSource: Sendable {
        case files([String])
        case graph(GraphConfiguration)
    }

    /// Reads the cloud users (each id once) and indexes them for the plan, with the warnings
    /// for what does not stop the plan; from live Graph also the role holders, the sync
    /// features and `onPremisesObjectIdentifier` (from `/beta`).
    private static func readCloudUsers(_ source: CloudSource) async throws -> CloudRead {
        let clock = ContinuousClock()
        let start = clock.now
        var set = CloudUserSet()
        var roleHolders: RoleHolders?
        var liveFeatures: Result<SyncFeatures, GraphError>?
        var unchecked: [String: String] = [:]
        var users: [CloudUser]
        switch source {
        case .files(let paths):
            try set.addExportFiles(paths)
            users = set.users
            for field in set.unchecked { unchecked[field] = "absent from the export" }
        case .graph(let configuration):
            let client = GraphClient(configuration: configuration)
            do {
                try set.add(CloudExportReader.export(of: try await client.users()), file: "Microsoft Graph")
                users = set.users
                do {
                    let identifiers = try await client.objectIdentifiers()
                    for index in users.indices { users[index].onPremisesObjectIdentifier = identifiers[users[index].id] }
                } catch let error as GraphError where GraphClient.isRefusal(error) {
                    unchecked["onPremisesObjectIdentifier"] = "GET /beta/users: \(error)"
                }
                roleHolders = try await client.roleHolders()
                do {
                    liveFeatures = .success(try await client.syncFeatures())
                } catch let error as GraphError where GraphClient.isRefusal(error) {
                    liveFeatures = .failure(error)
                }
            } catch let error as GraphError {
                throw CommandFailure("reading the cloud users from Microsoft Graph: \(error)")
            } catch let problem as CloudUserSet.Problem {
                throw CommandFailure("Microsoft Graph: \(problem)")
            }
        }
        do {
            try set.validate()
        } catch {
            throw CommandFailure("--cloud: \(error)")
        }
        let read = clock.now
        let indexed = IndexedCloudUsers(users)
        return CloudRead(
            users: indexed, findings: set.findings, roleHolders: roleHolders, liveFeatures: liveFeatures, unchecked: unchecked,
            seconds: (PhaseTimer.seconds(read - start), PhaseTimer.seconds(clock.now - read))
        )
    }

    /// The tenant the plan states: features from `--sync-features`, else live, else the
    /// defaults (stated as assumed); where the role holders came from; what was not checked.
    private func tenantContext(_ cloud: CloudRead) throws -> TenantContext {
        var tenant = TenantContext.assumed
        if let syncFeatures {
            do {
                tenant.features = try SyncFeaturesReader.read(try FileContents.read(syncFeatures, option: "--sync-features"))
                tenant.featureSource = .file
            } catch let error as SyncFeaturesError {
                throw CommandFailure("--sync-features \(syncFeatures): \(error)")
            }
        } else if let live = cloud.liveFeatures {
            switch live {
            case .success(let features):
                tenant.features = features
                tenant.featureSource = .live
            case .failure(let error):
                Terminal.standardError.writeLine("warning: cannot read the tenant's sync features (\(error)); only a delegated Global Administrator can read GET /v1.0/directory/onPremisesSynchronization, app-only credentials cannot: the plan assumes Microsoft's defaults; give them with --sync-features PATH")
            }
        }
        if let holders = cloud.roleHolders {
            tenant.roleHolders = .live
            for (part, reason) in holders.unreadable.sorted(by: { $0.key < $1.key }) {
                tenant.markUnknown(part)
                Terminal.standardError.writeLine("warning: cannot read \(part) (\(reason)); role holders are unknown: adminRole is not fully checked and apply will refuse to write")
            }
        } else if admins != nil {
            tenant.roleHolders = .file
        }
        for (field, reason) in cloud.unchecked.sorted(by: { $0.key < $1.key }) {
            tenant.markUnknown(field)
            if reason != "absent from the export" {
                Terminal.standardError.writeLine("warning: cannot read \(field) (\(reason)); the plan does not check it and says so")
            }
        }
        return tenant
    }

    /// The ids of the cloud users with these UPNs (ignoring case).
    private static func ids(of upns: Set<String>, in cloud: [CloudUser]) -> Set<String> {
        guard !upns.isEmpty else { return [] }
        let folded = Set(upns.map { $0.lowercased() })
        return Set(cloud.compactMap { user in user.userPrincipalName.map { folded.contains($0.lowercased()) } == true ? user.id : nil })
    }

    /// The on-premises users; any entry that could not be read stops the command.
    ///
    /// A plan without a user is not just incomplete: the missing user could be the one
    /// that makes another pairing ambiguous, so no plan is written at all. Warnings and
    /// notes go to `message` (whole lines), for the caller to print in order. The read
    /// stops (with `CancellationError`) soon after `stop` is raised.
    private func readOnPremUsers(stoppingWhen stop: FailureFlag, message: (String) -> Void) async throws -> [OnPremUser] {
        var users: [OnPremUser] = []
        let summary = try await UserSource(options: source).readUsers(verbose: verbose, report: message) { user in
            users.append(user)
            if users.count % 1024 == 0 && stop.isRaised { throw CancellationError() }
        }
        let problems = summary.problems
        if problems > 0 {
            throw CommandFailure("\(problems) on-premises entr\(problems == 1 ? "y" : "ies") could not be read as users (listed above); no plan was written, because a plan without them could pair other users wrongly (fix them, or leave them out with --filter or --base)")
        }
        return users
    }

    private func readAdmins(_ cloud: [CloudUser]) throws -> Set<String> {
        guard let admins else { return [] }
        let list = AdminList(text: try FileContents.read(admins, option: "--admins"))
        let (ids, unmatched) = list.resolve(against: cloud)
        for entry in unmatched {
            Terminal.standardError.writeLine("warning: --admins \(admins):\(entry.line): \(entry.value) is no cloud user read (neither an id nor a UPN)")
        }
        return ids
    }

    private func readMapping(onPrem: [OnPremUser], cloud: [CloudUser]) throws -> [Pairing] {
        guard let mapping else { return [] }
        do {
            let file = try MappingFile(text: try FileContents.read(mapping, option: "--mapping"))
            let (pairings, unmatched) = try MappingResolver(onPrem: onPrem, cloud: cloud).resolve(file)
            for message in unmatched { Terminal.standardError.writeLine("warning: --mapping \(mapping): \(message)") }
            return pairings
        } catch let error as MappingFileError {
            throw CommandFailure("--mapping \(mapping): \(error)")
        }
    }
}
