/// Times the phases of `plan` for `--timings`, so that the engine can be measured in a
/// release build without a separate benchmark executable.
struct PhaseTimer {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init(enabled: Bool) {
        self.enabled = enabled
        last = clock.now
    }

    /// Prints the time since the previous mark on standard error, under `label`.
    mutating func mark(_ label: String) {
        guard enabled else { return }
        let now = clock.now
        let elapsed = now - last
        last = now
        report(label, seconds: Self.seconds(elapsed))
    }

    /// The seconds since the previous mark, without printing or moving the mark.
    func elapsed() -> Double {
        Self.seconds(clock.now - last)
    }

    /// Prints a time measured elsewhere (a phase that ran alongside another).
    func report(_ label: String, seconds: Double) {
        guard enabled else { return }
        Terminal.standardError.writeLine("timing: \(label) \(String(format3: seconds)) s")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

extension String {
    /// Three decimals, without Foundation's `String(format:)`.
    init(format3 value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
