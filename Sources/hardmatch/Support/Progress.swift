import Foundation

/// A count-and-rate line on standard error while a long read runs, only for a person
/// watching a terminal (SPEC §8); scripts and logs get nothing.
struct Progress {
    private let enabled: Bool
    private let start = Date()
    private var lastShown = Date.distantPast
    private(set) var count = 0

    init(enabled: Bool = Terminal.standardError.isInteractive) {
        self.enabled = enabled
    }

    mutating func advance(_ label: String) {
        count += 1
        guard enabled, count % 500 == 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = now
        let rate = Double(count) / max(now.timeIntervalSince(start), 0.001)
        Terminal.standardError.write(Array("\r\(count) \(label) (\(Int(rate))/s)\u{1b}[K".utf8))
    }

    func finish() {
        guard enabled, count >= 500 else { return }
        Terminal.standardError.write(Array("\r\u{1b}[K".utf8))
    }
}
