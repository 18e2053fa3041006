import Dispatch
import Foundation

/// Turns the first Ctrl-C into a request to stop after the current batch.
///
/// A batch already sent is finished and journaled, so the summary can say exactly which
/// users were done; a second Ctrl-C ends the process at once (the journal still holds
/// every finished batch).
final class InterruptSignal: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private let lock = NSLock()
    private var raised = false

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            self?.lock.withLock { self?.raised = true }
            Terminal.standardError.writeLine("interrupted: stopping after the current batch (Ctrl-C again to stop at once)")
            signal(SIGINT, SIG_DFL)
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    var isRaised: Bool { lock.withLock { raised } }
}
