import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process in its own process group, with standard output and standard error
/// going to one file, and a deadline after which the whole group is killed.
struct ChildProcess {
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String
    /// File receiving standard output and standard error, created or truncated.
    var outputPath: String

    /// Runs to completion or until `timeout` seconds have passed.
    func run(timeout: Double?) throws -> Termination {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        _ = spawnAddChdir(&actions, workingDirectory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        ProcessTree.becomeSubreaper
        let registry = ChildProcessRegistry.shared
        var pid: pid_t = 0
        let status = registry.registering { () -> (Int32, pid_t?) in
            let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            return (status, status == 0 ? pid : nil)
        }
        guard status == 0 else {
            throw BookError.io("cannot start '\(executable)': \(String(cString: strerror(status)))")
        }
        defer {
            registry.remove(pid)
            ProcessTree.reapAdoptedOrphans(isOurs: registry.contains)
        }
        return wait(for: pid, timeout: timeout)
    }

    private func wait(for pid: pid_t, timeout: Double?) -> Termination {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var pause: useconds_t = 1_000
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                // Reap any grandchildren the program left in its group.
                kill(-pid, SIGKILL)
                let signal = status & 0x7f
                return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
            }
            if result < 0 && errno != EINTR { return .exited(-1) }
            if let deadline, Date() >= deadline {
                ProcessTree.killTree(pid)
                waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }
}

/// Process groups of running children, so an interrupted build can kill them all.
final class ChildProcessRegistry: @unchecked Sendable {
    static let shared = ChildProcessRegistry()
    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var refusing = false

    /// Runs `spawn`, which returns a status and the started child's id, and records the
    /// child before anyone can look; kills it at once if the build is being interrupted.
    func registering(_ spawn: () -> (Int32, pid_t?)) -> Int32 {
        lock.withLock {
            let (status, pid) = spawn()
            if let pid {
                if refusing { ProcessTree.killTree(pid) } else { groups.insert(pid) }
            }
            return status
        }
    }

    func contains(_ pid: pid_t) -> Bool { lock.withLock { groups.contains(pid) } }

    func remove(_ pid: pid_t) { lock.withLock { _ = groups.remove(pid) } }

    /// Kills every running child with its descendants, and any child started from now on,
    /// then reaps them all, so that an exiting `book` leaves no process behind.
    func killAllAndRefuseNew() {
        let killed = lock.withLock {
            refusing = true
            groups.forEach(ProcessTree.killTree)
            return groups
        }
        for pid in killed {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        ProcessTree.reapAdoptedOrphans { _ in false }
    }
}

/// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), which Glibc's module map hides
/// behind `_GNU_SOURCE`.
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func spawnAddChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>,
                           _ path: UnsafePointer<CChar>) -> Int32

extension ChildProcess {
    /// Runs a short command to completion and returns what it printed; `outputPath` is a
    /// scratch file, removed afterwards.
    static func capture(executable: String, arguments: [String], outputPath: String) throws -> String {
        defer { unlink(outputPath) }
        let process = ChildProcess(executable: executable, arguments: arguments,
                                   environment: ProcessInfo.processInfo.environment,
                                   workingDirectory: FileManager.default.currentDirectoryPath,
                                   outputPath: outputPath)
        let termination = try process.run(timeout: 60)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard termination == .exited(0) else {
            throw BookError.io("'\(executable) \(arguments.joined(separator: " "))' failed: \(text)")
        }
        return text
    }
}
