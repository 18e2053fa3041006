import Foundation

/// A thread of its own for one connection: the serial executor `LDAPConnection` runs on.
///
/// libldap's calls block until the server answers. On Swift's cooperative pool, which has
/// one thread a core, a few connections waiting at once would hold every thread, and a
/// partitioned read over more connections than cores would wait on itself instead of on
/// the server. A dedicated thread a connection lets them all wait at once. The thread
/// blocks SIGPIPE, so that a write to a dropped connection fails instead of ending the
/// process (see `BrokenPipe`).
final class ConnectionThread: SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var jobs: [UnownedJob] = []
    private var head = 0
    private var stopping = false

    init(name: String) {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Ends the thread once the jobs already queued have run.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        BrokenPipe.blockOnThisThread()
        while let job = take() {
            job.runSynchronously(on: asUnownedSerialExecutor())
        }
    }

    private func take() -> UnownedJob? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !stopping { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        }
        return job
    }
}
