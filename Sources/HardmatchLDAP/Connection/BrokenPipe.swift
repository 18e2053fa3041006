#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a write to a connection the server has dropped from ending the host process.
///
/// libldap and its TLS library write with `write(2)`, and a write to a socket whose peer is
/// gone raises SIGPIPE, whose default action ends the process without a word. The
/// `hardmatch` command ignores the signal, but a library must neither end nor reconfigure
/// the process that hosts it. The kernel sends SIGPIPE to the thread that wrote, so blocking
/// it on the threads that call libldap is enough: the write then fails with `EPIPE`, which
/// libldap reports as a lost connection. This is libpq's answer to the same problem.
enum BrokenPipe {
    /// Blocks SIGPIPE on the calling thread for the rest of its life: a `ConnectionThread`.
    static func blockOnThisThread() {
        var signals = only(SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Runs `body` with SIGPIPE blocked on the calling thread, takes back a SIGPIPE that
    /// `body` raised, then restores the thread's mask: for work that may run on any thread.
    static func suppressed(_ body: () -> Void) {
        var signals = only(SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        let pendingBefore = isPending()
        body()
        if !pendingBefore && isPending() {
            var now = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&signals, nil, &now)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    private static func only(_ signal: Int32) -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, signal)
        return signals
    }

    private static func isPending() -> Bool {
        var pending = sigset_t()
        sigpending(&pending)
        return sigismember(&pending, SIGPIPE) == 1
    }
}
