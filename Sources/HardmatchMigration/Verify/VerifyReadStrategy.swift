import HardmatchCore
import HardmatchGraph

/// How `verify` reads the cloud users: by id and by anchor in `$batch` calls, or the whole
/// tenant in paged `$select`ed lists.
///
/// The rule: whichever needs fewer HTTP requests for the plan's size. By id costs one
/// request per 20 reads, a read for every distinct cloud user the plan names and one
/// (`$filter` on `onPremisesImmutableId`) for every anchor; the list costs one request per
/// 999 users of the tenant, whose size the plan gives: every cloud user it saw (it lists
/// each, `cloudOnly` included) plus one new user per `onPremOnly` entry. A tie goes to
/// `$batch`: its count is exact, while the list's grows with every user added since the
/// plan. A whole-tenant plan of more than a few entries therefore lists; a small plan
/// (a pilot) reads by id.
public enum VerifyReadStrategy: String, Sendable, CaseIterable {
    case batch
    case list

    /// The reads by id a plan needs: distinct cloud ids, and distinct anchors.
    public static func reads(for plan: [PlannedEntry]) -> (ids: [String], anchors: [String]) {
        var ids: [String] = []
        var anchors: [String] = []
        var seenIDs: Set<String> = []
        var seenAnchors: Set<String> = []
        for entry in plan {
            if let id = entry.cloud?.id, seenIDs.insert(id).inserted { ids.append(id) }
            if let anchor = entry.anchor, seenAnchors.insert(anchor).inserted { anchors.append(anchor) }
        }
        return (ids, anchors)
    }

    /// HTTP requests each way for `plan`.
    public static func requests(for plan: [PlannedEntry]) -> (batch: Int, list: Int) {
        let (ids, anchors) = reads(for: plan)
        let tenant = ids.count + plan.lazy.filter { $0.outcome == .onPremOnly }.count
        let batch = (ids.count + anchors.count + GraphClient.requestsPerBatch - 1) / GraphClient.requestsPerBatch
        let list = max(1, (tenant + GraphClient.pageSize - 1) / GraphClient.pageSize)
        return (batch, list)
    }

    /// The way with fewer requests; `$batch` on a tie.
    public static func choose(for plan: [PlannedEntry]) -> VerifyReadStrategy {
        let cost = requests(for: plan)
        return cost.batch <= cost.list ? .batch : .list
    }
}
