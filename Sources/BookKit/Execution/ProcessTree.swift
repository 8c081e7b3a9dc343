import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finding and killing everything a chapter program started.
///
/// Killing the program's process group is not enough: Foundation's `Process` starts each
/// child in a process group of its own, so a cell that runs `sleep 1000` through it
/// would outlive the chapter. `book` therefore walks the process tree (`/proc/<pid>/stat`)
/// before killing, and makes itself a child subreaper so that a descendant orphaned by
/// an exited program is re-parented to `book`, which then kills and reaps it.
enum ProcessTree {
    /// Makes orphaned descendants children of this process instead of init's. Idempotent.
    static let becomeSubreaper: Void = {
        _ = setChildSubreaper(36 /* PR_SET_CHILD_SUBREAPER, linux/prctl.h */, 1)
    }()

    /// Kills `pid`'s process group and every process descending from `pid`.
    static func killTree(_ pid: pid_t) {
        let children = childrenByParent()
        var pending = [pid], all: [pid_t] = []
        while let next = pending.popLast() {
            all.append(next)
            pending += children[next] ?? []
        }
        kill(-pid, SIGKILL)
        for process in all {
            kill(-process, SIGKILL)
            kill(process, SIGKILL)
        }
    }

    /// Kills and reaps the children of this process that `isOurs` does not claim: the
    /// orphans of chapter programs that exited, re-parented here.
    static func reapAdoptedOrphans(isOurs: (pid_t) -> Bool) {
        for orphan in childrenByParent()[getpid()] ?? [] where !isOurs(orphan) {
            kill(orphan, SIGKILL)
            var status: Int32 = 0
            waitpid(orphan, &status, 0)
        }
    }

    /// Every process's children, from `/proc/<pid>/stat` (field 4 is the parent's pid,
    /// after the command name in parentheses, which may itself contain spaces or parentheses).
    private static func childrenByParent() -> [pid_t: [pid_t]] {
        var children: [pid_t: [pid_t]] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let parent = pid_t(fields[1]) else { continue }
            children[parent, default: []].append(pid)
        }
        return children
    }
}

/// `prctl(2)`, which is variadic in C and so not imported; this option takes one integer.
@_silgen_name("prctl")
private func setChildSubreaper(_ option: Int32, _ value: UInt) -> Int32
