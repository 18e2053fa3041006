import CLDAP
import Foundation
import HardmatchCore
import Logging

/// A bound connection to one directory server: the only owner of a libldap handle.
///
/// libldap handles are not thread-safe, so the handle lives inside this actor and every
/// call into libldap is one of its methods. Calls block the actor while the server
/// answers, on a thread of the connection's own (`ConnectionThread`), so that waiting
/// connections never hold Swift's cooperative threads; each wait is bounded by the
/// configured timeout.
public actor LDAPConnection {
    private let owner: LDAPHandle
    private nonisolated let thread: ConnectionThread
    public nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }
    private var handle: OpaquePointer { owner.pointer }
    /// The URI this connection reached.
    public nonisolated let uri: String
    private let timeout: Int
    private var startedTLS = false
    /// The configuration's logger: pages read.
    private let logger: Logger

    private init(handle: OpaquePointer, uri: String, timeout: Int, logger: Logger) {
        self.owner = LDAPHandle(handle)
        self.thread = ConnectionThread(name: "ldap \(uri)")
        self.uri = uri
        self.timeout = timeout
        self.logger = logger
    }

    deinit {
        thread.stop()
    }

    // MARK: - Connecting

    /// Connects and binds to the first URI that answers.
    ///
    /// A URI that cannot be reached falls through to the next; a refused bind does not,
    /// because every server of one domain would refuse it the same way and retrying only
    /// brings an account closer to lockout.
    public static func connect(_ configuration: LDAPConfiguration) async throws(LDAPError) -> LDAPConnection {
        if let caFile = configuration.caFile {
            guard FileManager.default.isReadableFile(atPath: caFile) else {
                throw .unreadableCAFile(caFile, reason: FileManager.default.fileExists(atPath: caFile) ? "permission denied" : "no such file")
            }
        }
        var failures: [LDAPError] = []
        let logger = configuration.logger
        for uri in configuration.uris {
            do {
                logger.debug("connecting", metadata: ["uri": "\(uri)", "bind": "\(configuration.credentials.bindName.isEmpty ? "anonymous" : configuration.credentials.bindName)"])
                let connection = try await open(uri, configuration)
                logger.debug("connected and bound", metadata: ["uri": "\(uri)"])
                return connection
            } catch {
                logger.debug("connection failed", metadata: ["uri": "\(uri)", "error": "\(error)"])
                switch error {
                case .cannotConnect, .startTLSFailed:
                    if await certificateIsTheProblem(uri, configuration) {
                        throw .certificateNotTrusted(uri: uri, detail: configuration.caFile.map { "not issued by a CA in \($0), or not for this host name" } ?? "not issued by a CA this host trusts, or not for this host name")
                    }
                    if case .cannotConnect = error, let reason = ReachabilityProbe.diagnose(uri, timeout: configuration.timeout) {
                        failures.append(.cannotConnect(uri: uri, detail: reason))
                    } else {
                        failures.append(error)
                    }
                case .timedOut, .connectionLost:
                    failures.append(error)
                default:
                    throw error
                }
            }
        }
        throw failures.count == 1 ? failures[0] : .allURIsFailed(failures)
    }

    /// Tells an untrusted certificate apart from a server that is down.
    ///
    /// GnuTLS-backed libldap reports a failed verification as "Can't contact LDAP server"
    /// with no detail, which sends administrators looking at firewalls. Connecting once
    /// more without verification and without credentials (nothing secret is sent) shows
    /// whether the server is there and only its certificate is refused.
    private static func certificateIsTheProblem(_ uri: String, _ configuration: LDAPConfiguration) async -> Bool {
        let lowered = uri.lowercased()
        guard configuration.verifyCertificate, lowered.hasPrefix("ldaps://") || configuration.startTLS else { return false }
        var probe = configuration
        probe.verifyCertificate = false
        probe.credentials = .anonymous
        do {
            _ = try await open(uri, probe)
            return true
        } catch {
            return false
        }
    }

    private static func open(_ uri: String, _ configuration: LDAPConfiguration) async throws(LDAPError) -> LDAPConnection {
        let lowered = uri.lowercased()
        guard lowered.hasPrefix("ldap://") || lowered.hasPrefix("ldaps://") || lowered.hasPrefix("ldapi://") else {
            throw .invalidURI(uri, reason: "expected ldap://, ldaps:// or ldapi://")
        }
        let encrypted = lowered.hasPrefix("ldaps://") || lowered.hasPrefix("ldapi://") || configuration.startTLS
        if case .simple = configuration.credentials, !encrypted, !configuration.allowPlaintext {
            throw .plaintextBindRefused(uri: uri)
        }

        var opened: OpaquePointer?
        let status = ldap_initialize(&opened, uri)
        guard status == LDAP_SUCCESS, let handle = opened else {
            throw .invalidURI(uri, reason: LDAPResultCode.name(status))
        }
        // From here the connection owns the handle and unbinds it on every exit.
        let connection = LDAPConnection(handle: handle, uri: uri, timeout: configuration.timeout, logger: configuration.logger)
        try await connection.establish(configuration)
        return connection
    }

    /// Sets the handle's options, upgrades to TLS when asked, and binds, all within the timeout.
    ///
    /// A watchdog cuts the socket when the deadline passes, because libldap does not bound
    /// a TLS handshake with a peer that accepts the connection and then says nothing. The
    /// watchdog holds the handle weakly: a cancelled work item lives on in its queue until
    /// its deadline, and must not keep a dropped connection's socket open until then.
    private func establish(_ configuration: LDAPConfiguration) throws(LDAPError) {
        let owner = self.owner
        let watchdog = DispatchWorkItem { [weak owner] in owner?.cut() }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(min(max(configuration.timeout, 0), Int(Int32.max))), execute: watchdog)
        defer { watchdog.cancel() }
        do {
            try setUp(configuration)
        } catch {
            if owner.wasCut { throw .timedOut(operation: "connecting to \(uri)", seconds: configuration.timeout) }
            throw error
        }
    }

    private func setUp(_ configuration: LDAPConfiguration) throws(LDAPError) {
        let lowered = uri.lowercased()
        hm_set_option_int(handle, LDAP_OPT_PROTOCOL_VERSION, LDAP_VERSION3)
        // Referrals are not chased: a domain-root search would otherwise wander off to
        // CN=Configuration (and bind there anonymously).
        hm_set_option_off(handle, LDAP_OPT_REFERRALS)
        hm_set_option_on(handle, LDAP_OPT_RESTART)
        hm_set_option_timeout(handle, LDAP_OPT_NETWORK_TIMEOUT, Int32(clamping: configuration.timeout))
        hm_set_option_timeout(handle, LDAP_OPT_TIMEOUT, Int32(clamping: configuration.timeout))

        // TLS options must be set on the handle and then a new context made, before the
        // first operation; otherwise libldap keeps its global context and fails with
        // "Can't contact LDAP server".
        hm_set_option_int(handle, LDAP_OPT_X_TLS_REQUIRE_CERT, configuration.verifyCertificate ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_NEVER)
        // A handle starts with no CA paths at all (libldap clears them so that a new context
        // can be made from scratch), so without --ca-file the new context would trust no CA.
        // --ca-file replaces the default; without it, the default is libldap's own: ldap.conf's
        // TLS_CACERT / TLS_CACERTDIR (or LDAPTLS_CACERT), the system bundle on Debian.
        if let caFile = configuration.caFile {
            hm_set_option_string(handle, LDAP_OPT_X_TLS_CACERTFILE, caFile)
        } else {
            for option in [LDAP_OPT_X_TLS_CACERTFILE, LDAP_OPT_X_TLS_CACERTDIR] {
                var path: UnsafeMutablePointer<CChar>?
                if ldap_get_option(nil, option, &path) == LDAP_OPT_SUCCESS, let path {
                    hm_set_option_string(handle, option, path)
                    ldap_memfree(path)
                }
            }
        }
        let context = hm_set_option_int(handle, LDAP_OPT_X_TLS_NEWCTX, 0)
        guard context == LDAP_OPT_SUCCESS else {
            throw .cannotConnect(uri: uri, detail: "cannot set up TLS: \(diagnostic(LDAP_OTHER))")
        }

        if configuration.startTLS && !lowered.hasPrefix("ldaps://") {
            startedTLS = true
            let started = ldap_start_tls_s(handle, nil, nil)
            guard started == LDAP_SUCCESS else {
                let error = connectionError(started, operation: "StartTLS")
                if case .cannotConnect(_, let detail) = error, started != LDAP_SERVER_DOWN || !detail.contains("contact") {
                    throw .startTLSFailed(uri: uri, detail: detail)
                }
                throw error
            }
        }
        try bind(configuration.credentials)
    }

    private func bind(_ credentials: LDAPCredentials) throws(LDAPError) {
        let status: Int32
        switch credentials {
        case .anonymous:
            status = hm_simple_bind(handle, nil, nil, 0)
        case .simple(let bindDN, let password):
            status = hm_simple_bind(handle, bindDN, password.bytes, ber_len_t(password.bytes.count))
        case .gssapi:
            if uri.lowercased().hasPrefix("ldaps://") || startedTLS {
                hm_sasl_no_security_layer(handle)
            }
            status = hm_sasl_gssapi_bind(handle)
        }
        guard status == LDAP_SUCCESS else {
            let detail = diagnostic(status)
            switch status {
            case LDAP_INVALID_CREDENTIALS:
                throw .invalidCredentials(bindDN: credentials.bindName, detail: detail)
            case LDAP_SERVER_DOWN, LDAP_CONNECT_ERROR, LDAP_TIMEOUT:
                throw connectionError(status, operation: "bind")
            default:
                throw .bindFailed(bindDN: credentials.bindName, code: status, detail: detail)
            }
        }
    }

    // MARK: - Reading

    /// Reads the RootDSE, where AD names its `defaultNamingContext`.
    public func rootDSE() throws(LDAPError) -> DirectoryEntry {
        let request = SearchRequest(base: "", scope: .base, attributes: ["defaultNamingContext", "namingContexts", "supportedControl", "dnsHostName", "highestCommittedUSN", "dsServiceName"], pageSize: nil)
        let page = try searchPage(request, cookie: [])
        for case .entry(let entry) in page.items { return entry }
        return DirectoryEntry(dn: "")
    }

    /// The server's `highestCommittedUSN`: the update sequence number of its latest
    /// committed change; nil from a server that does not number its changes (not AD).
    public func highestCommittedUSN() throws(LDAPError) -> Int64? {
        try rootDSE().string("highestCommittedUSN").flatMap { Int64($0) }
    }

    /// Names the server behind this connection: the `objectGUID` of its NTDS Settings
    /// object (the RootDSE's `dsServiceName`), which no other domain controller shares even
    /// where two have the same name, else its `dnsHostName`; nil when the RootDSE has neither.
    /// Two connections to one name can reach two servers (DNS round robin over a domain's
    /// controllers); this tells them apart.
    public func serverIdentity() throws(LDAPError) -> String? {
        let root = try rootDSE()
        guard let service = root.string("dsServiceName"), !service.isEmpty else { return root.string("dnsHostName") }
        let request = SearchRequest(base: service, scope: .base, attributes: ["objectGUID"], pageSize: nil)
        for case .entry(let entry) in try searchPage(request, cookie: []).items {
            if let guid = entry.values("objectGUID").first { return "\(service) \(guid.map { String($0, radix: 16) }.joined())" }
        }
        return service
    }

    /// The search base a dump uses when none is given: the RootDSE's `defaultNamingContext`.
    public func defaultNamingContext() throws(LDAPError) -> String {
        guard let context = try rootDSE().string("defaultNamingContext"), !context.isEmpty else {
            throw .noNamingContext(uri: uri)
        }
        return context
    }

    /// One page of a search: its items, complete (ranged attributes already read to the
    /// end), and the cookie that asks for the next page (empty after the last).
    public func searchPage(_ request: SearchRequest, cookie: [UInt8]) throws(LDAPError) -> SearchPage {
        let operation = request.pageSize == nil ? "search of \"\(request.base)\"" : "paged search of \"\(request.base)\""
        let messageID = try send(request, attributes: request.attributes, cookie: cookie, operation: operation)

        var page = SearchPage()
        var pending: [(index: Int, range: RangedAttribute, dn: String)] = []
        while true {
            let message = try waitForMessage(messageID, operation: operation)
            defer { ldap_msgfree(message) }
            let type = ldap_msgtype(message)
            if type == HM_RES_SEARCH_ENTRY {
                let (entry, ranges) = try decodeEntry(message, operation: operation, rootDSE: request.base.isEmpty)
                for range in ranges where range.high != nil {
                    pending.append((page.items.count, range, entry.dn))
                }
                page.items.append(.entry(entry))
            } else if type == HM_RES_SEARCH_REFERENCE {
                page.items.append(.reference(decodeReference(message)))
            } else if type == HM_RES_SEARCH_RESULT {
                page.cookie = try decodeResult(message, operation: operation)
                break
            }
        }
        for (index, range, dn) in pending {
            guard case .entry(var entry) = page.items[index] else { continue }
            try readRemainingValues(of: range, dn: dn, step: request.rangeStep, into: &entry)
            page.items[index] = .entry(entry)
        }
        logger.debug("page read", metadata: [
            "base": "\(request.base)", "items": "\(page.items.count)", "rangedAttributes": "\(pending.count)", "more": "\(!page.cookie.isEmpty)",
        ])
        return page
    }

    /// Reads `attr;range=...` continuations of one entry until the server says `*`.
    private func readRemainingValues(of first: RangedAttribute, dn: String, step: Int?, into entry: inout DirectoryEntry) throws(LDAPError) {
        var next = first
        while let high = next.high {
            guard let low = RangedAttribute.nextLow(after: high), high >= next.low else {
                throw .incompleteRange(dn: dn, attribute: next.name)
            }
            let description = RangedAttribute.request(next.name, from: low, step: step)
            let request = SearchRequest(base: dn, scope: .base, attributes: [description], pageSize: nil)
            let operation = "read of \(description) on \"\(dn)\""
            let messageID = try send(request, attributes: [description], cookie: [], operation: operation)
            var found: RangedAttribute?
            while true {
                let message = try waitForMessage(messageID, operation: operation)
                defer { ldap_msgfree(message) }
                let type = ldap_msgtype(message)
                if type == HM_RES_SEARCH_ENTRY {
                    let (values, ranges) = try decodeEntry(message, operation: operation, rootDSE: false)
                    if let range = ranges.first(where: { $0.name.lowercased() == next.name.lowercased() }) {
                        found = range
                        let name = AttributeName(range.name)
                        entry.append(values.values(name), to: name)
                    }
                } else if type == HM_RES_SEARCH_RESULT {
                    _ = try decodeResult(message, operation: operation)
                    break
                }
            }
            guard let found, found.low == low else {
                throw .incompleteRange(dn: dn, attribute: next.name)
            }
            next = found
        }
    }

    // MARK: - libldap calls

    private func send(_ request: SearchRequest, attributes: [String], cookie: [UInt8], operation: String) throws(LDAPError) -> Int32 {
        var control: UnsafeMutablePointer<LDAPControl>?
        if let pageSize = request.pageSize {
            let status = hm_create_page_control(handle, Int32(clamping: pageSize), cookie, ber_len_t(cookie.count), &control)
            guard status == LDAP_SUCCESS else {
                throw .operationFailed(operation: operation, code: status, detail: "cannot build the paged-results control")
            }
        }
        defer { if let control { ldap_control_free(control) } }

        var names: [UnsafeMutablePointer<CChar>?] = attributes.map { strdup($0) }
        names.append(nil)
        defer { for name in names { free(name) } }
        var controls: [UnsafeMutablePointer<LDAPControl>?] = [control, nil]
        var messageID: Int32 = 0
        let scope = request.scope == .base ? HM_SCOPE_BASE : HM_SCOPE_SUBTREE
        let status = control == nil
            ? ldap_search_ext(handle, request.base, scope, request.filter, &names, 0, nil, nil, nil, LDAP_NO_LIMIT, &messageID)
            : ldap_search_ext(handle, request.base, scope, request.filter, &names, 0, &controls, nil, nil, LDAP_NO_LIMIT, &messageID)
        guard status == LDAP_SUCCESS else {
            throw connectionError(status, operation: operation)
        }
        return messageID
    }

    /// Waits for the next message of a search, bounded by the timeout.
    private func waitForMessage(_ messageID: Int32, operation: String) throws(LDAPError) -> OpaquePointer {
        var message: OpaquePointer?
        let status = hm_result(handle, messageID, Int32(clamping: timeout), &message)
        if status == 0 {
            ldap_abandon_ext(handle, messageID, nil, nil)
            throw .timedOut(operation: operation, seconds: timeout)
        }
        guard status > 0, let message else {
            throw connectionError(hm_result_code(handle), operation: operation)
        }
        return message
    }

    /// Reads an entry's DN and values straight out of the message's BER buffer.
    ///
    /// `ldap_get_attribute_ber` hands out values that point into the received message, so
    /// each value is copied once, into Swift, instead of once by libldap and again here.
    /// Only the documented end of the attribute list ends the loop (see `AttributeStep`);
    /// an unreadable DN or attribute fails the read instead of yielding a partial entry.
    /// Only the RootDSE (a search of base "") has an empty DN.
    private func decodeEntry(_ message: OpaquePointer, operation: String, rootDSE: Bool) throws(LDAPError) -> (DirectoryEntry, [RangedAttribute]) {
        var ber: OpaquePointer?
        var name = berval()
        let read = ldap_get_dn_ber(handle, message, &ber, &name)
        defer { if let ber { ber_free(ber, 0) } }
        guard read == LDAP_SUCCESS, rootDSE || (name.bv_val != nil && name.bv_len > 0) else {
            throw .undecodableEntry(operation: operation, dn: nil, detail: "its DN cannot be read (\(LDAPResultCode.name(read)))")
        }
        var entry = DirectoryEntry(dn: Self.string(name))
        var ranges: [RangedAttribute] = []
        var values: UnsafeMutablePointer<berval>?
        while true {
            let status = ldap_get_attribute_ber(handle, message, ber, &name, &values)
            switch AttributeStep.classify(status: status, nameIsNull: name.bv_val == nil) {
            case .end:
                if let values { ber_memfree(values) }
                return (entry, ranges)
            case .failed(let code):
                if let values { ber_memfree(values) }
                throw .undecodableEntry(operation: operation, dn: entry.dn, detail: "an attribute cannot be decoded (\(LDAPResultCode.name(code)))")
            case .attribute:
                break
            }
            let (baseName, range) = RangedAttribute.parse(Self.string(name))
            if let range { ranges.append(range) }
            if let values {
                let attribute = entry.index(of: AttributeName(baseName))
                var index = 0
                while values[index].bv_val != nil {
                    let value = values[index]
                    let bytes = UnsafeRawBufferPointer(start: value.bv_val, count: Int(value.bv_len))
                    entry.append(bytes.assumingMemoryBound(to: UInt8.self), to: attribute)
                    index += 1
                }
                ber_memfree(values)
            }
            values = nil
        }
    }

    private static func string(_ value: berval) -> String {
        guard let bytes = value.bv_val, value.bv_len > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(value.bv_len)), as: UTF8.self)
    }

    private func decodeReference(_ message: OpaquePointer) -> [String] {
        var references: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        guard ldap_parse_reference(handle, message, &references, nil, 0) == LDAP_SUCCESS, let references else { return [] }
        defer { hm_free_strings(references) }
        var urls: [String] = []
        var index = 0
        while let url = references[index] {
            urls.append(String(cString: url))
            index += 1
        }
        return urls
    }

    /// Reads a search's final result: throws unless it succeeded, returns the page cookie.
    private func decodeResult(_ message: OpaquePointer, operation: String) throws(LDAPError) -> [UInt8] {
        var code: Int32 = LDAP_OTHER
        var errorMessage: UnsafeMutablePointer<CChar>?
        var controls: UnsafeMutablePointer<UnsafeMutablePointer<LDAPControl>?>?
        let parsed = ldap_parse_result(handle, message, &code, nil, &errorMessage, nil, &controls, 0)
        defer {
            if let errorMessage { ldap_memfree(errorMessage) }
            if let controls { ldap_controls_free(controls) }
        }
        guard parsed == LDAP_SUCCESS else {
            throw .operationFailed(operation: operation, code: parsed, detail: "unreadable result")
        }
        guard code == LDAP_SUCCESS else {
            var detail = errorMessage.map { String(cString: $0) } ?? ""
            if code == LDAP_SIZELIMIT_EXCEEDED {
                detail += (detail.isEmpty ? "" : "; ") + "the server limits how many entries one search returns: use a page size at or below its MaxPageSize"
            }
            throw .operationFailed(operation: operation, code: code, detail: detail.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        var cookie = berval()
        let found = hm_parse_page_cookie(handle, controls, &cookie)
        guard found >= 0 else {
            throw .operationFailed(operation: operation, code: LDAP_DECODING_ERROR, detail: "unreadable paged-results control")
        }
        defer { if cookie.bv_val != nil { ber_memfree(cookie.bv_val) } }
        guard found == 1, cookie.bv_len > 0, let bytes = cookie.bv_val else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: Int(cookie.bv_len)))
    }

    // MARK: - Errors

    /// The server's or library's diagnostic text for the last failure.
    private func diagnostic(_ code: Int32) -> String {
        if let text = hm_diagnostic_message(handle) {
            defer { ldap_memfree(text) }
            let message = DiagnosticText.cleaned(String(cString: text))
            if !message.isEmpty { return message }
        }
        return ""
    }

    /// Maps a connection-level failure, telling an untrusted certificate apart.
    private func connectionError(_ code: Int32, operation: String) -> LDAPError {
        let detail = diagnostic(code)
        if detail.lowercased().contains("certificate") {
            return .certificateNotTrusted(uri: uri, detail: detail)
        }
        let reason = detail.isEmpty ? LDAPResultCode.name(code) : "\(LDAPResultCode.name(code)): \(detail)"
        switch code {
        case LDAP_TIMEOUT:
            return .timedOut(operation: operation, seconds: timeout)
        case LDAP_SERVER_DOWN where operation == "bind" || operation == "StartTLS", LDAP_CONNECT_ERROR:
            return .cannotConnect(uri: uri, detail: reason)
        case LDAP_SERVER_DOWN:
            return .connectionLost(operation: operation, detail: reason)
        default:
            return .operationFailed(operation: operation, code: code, detail: detail)
        }
    }
}

/// One page of search results.
public struct SearchPage: Sendable {
    public var items: [SearchItem] = []
    /// The paged-results cookie; empty when there are no more pages.
    public var cookie: [UInt8] = []
}
