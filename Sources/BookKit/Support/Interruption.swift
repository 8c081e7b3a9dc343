import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C and SIGTERM handling: kill the chapter programs, remove half-written
/// directories, leave the previous book in place, and exit with status 130.
///
/// The signals are blocked in every thread and taken by one thread in `sigwait`, so the
/// cleanup is ordinary code rather than work inside an async-signal handler. A swap of
/// the output directory runs as a critical section the cleanup waits for, so an
/// interrupted build never leaves `output/` missing.
public final class Interruption: @unchecked Sendable {
    public static let shared = Interruption()
    /// Exit status of an interrupted build (128 + SIGINT, as shells report it).
    public static let exitStatus: Int32 = 130

    private let critical = NSLock()
    private let pathsLock = NSLock()
    private var temporaryPaths: Set<String> = []

    /// Starts handling SIGINT and SIGTERM. Call first thing in `main`, before any other
    /// thread starts, because threads inherit the signal mask of the thread creating them.
    public func install() {
        var signals = Interruption.handledSignals()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let handler = Thread { [self] in
            var signals = Interruption.handledSignals()
            var received: Int32 = 0
            while sigwait(&signals, &received) != 0 {}
            cleanUpAndExit(signal: received)
        }
        handler.start()
    }

    private static func handledSignals() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        return signals
    }

    /// Registers a directory or file to delete if the build is interrupted.
    func removeOnInterrupt(_ path: String) { pathsLock.withLock { _ = temporaryPaths.insert(path) } }
    func keepOnInterrupt(_ path: String) { pathsLock.withLock { _ = temporaryPaths.remove(path) } }

    /// Runs `body` with interruption deferred until it returns.
    func uninterruptible<T>(_ body: () throws -> T) rethrows -> T {
        try critical.withLock(body)
    }

    private func cleanUpAndExit(signal: Int32) -> Never {
        critical.lock()
        ChildProcessRegistry.shared.killAllAndRefuseNew()
        for path in pathsLock.withLock({ temporaryPaths }) { try? FileManager.default.removeItem(atPath: path) }
        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        fflush(stdout)
        FileHandle.standardError.write(Data("\ninterrupted (\(name)); the previous book in the output directory is unchanged\n".utf8))
        _exit(Interruption.exitStatus)
    }
}
