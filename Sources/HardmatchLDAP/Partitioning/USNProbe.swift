/// Finds which users were created at evenly spaced update sequence numbers.
///
/// One search whose filter is the user filter and an OR of `uSNCreated` equalities:
/// `uSNCreated` is indexed in AD and in Samba, so each equality is an index lookup, and
/// the search costs little whatever the size of the directory. (A range such as
/// `(uSNCreated>=n)` is not looked up in Samba's index: it costs a pass over every object,
/// as much as a part of the read itself.) A number that went to a change, or to an object
/// that is not a user, finds nothing; the numbers that find a user say where users are dense.
public struct USNProbe: Sendable {
    /// Numbers probed per round.
    public static let pointsPerRound = 256
    /// Hits wanted a part before the probing stops: a few per part place each cut well.
    public static let hitsPerPart = 16
    /// Rounds at most; each probes numbers between those of the rounds before.
    public static let maximumRounds = 4

    /// The numbers of round `round` (0-based) in 1...`highest`: an evenly spaced grid,
    /// shifted each round to fall between the points of the rounds before.
    public static func points(round: Int, highest: Int64) -> [Int64] {
        guard highest > 0 else { return [] }
        let count = Int64(pointsPerRound)
        let offsets: [Int64] = [0, 2, 1, 3]
        let shift = offsets[round % offsets.count]
        var points: [Int64] = []
        points.reserveCapacity(pointsPerRound)
        for index in 0..<count {
            // The grid step is highest / count; each round starts a quarter step further.
            let point = 1 + (highest * (4 * index + shift)) / (4 * count)
            if point <= highest, points.last != point { points.append(point) }
        }
        return points
    }

    /// How many entries the search holds, estimated: the share of probed numbers that
    /// found one, times all the numbers.
    public static func estimatedEntries(hits: Int, probed: Int, highest: Int64) -> Int64 {
        guard probed > 0 else { return 0 }
        return Int64(hits) * highest / Int64(probed)
    }

    /// `filter` narrowed to the users created at one of `points`.
    public static func filter(narrowing filter: String, points: [Int64]) -> String {
        let whole = filter.hasPrefix("(") ? filter : "(\(filter))"
        var text = "(&\(whole)(|"
        for point in points { text += "(uSNCreated=\(point))" }
        return text + "))"
    }
}
