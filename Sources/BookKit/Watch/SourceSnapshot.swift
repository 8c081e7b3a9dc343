import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The identity of every file under the chapters directory (chapters, bibliographies and
/// assets), to tell what changed between two moments.
///
/// `book watch` polls snapshots rather than using inotify: a snapshot of a book's few
/// dozen files costs well under a millisecond, it sees editors' save-by-rename (a new
/// inode) the same way as in-place writes, and it needs no watch descriptors per directory.
public struct SourceSnapshot: Equatable, Sendable {
    private struct Stamp: Equatable, Sendable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    private var stamps: [String: Stamp] = [:]

    /// Stats every non-hidden file under `directory`; paths are recorded as
    /// `<displayPrefix>/<relative path>`.
    public static func take(of directory: String, displayPrefix: String) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return snapshot }
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var info = stat()
            guard stat("\(directory)/\(relative)", &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            snapshot.stamps["\(displayPrefix)/\(relative)"] = Stamp(
                inode: UInt64(info.st_ino), size: Int64(info.st_size),
                seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
        }
        return snapshot
    }

    /// Paths added, removed or modified since `earlier`, sorted.
    public func changes(since earlier: SourceSnapshot) -> [String] {
        Set(stamps.keys).union(earlier.stamps.keys)
            .filter { stamps[$0] != earlier.stamps[$0] }
            .sorted()
    }
}

/// Waits for the chapters directory to change, then for the burst of writes to settle.
public struct ChangeWatcher: Sendable {
    public var directory: String
    public var displayPrefix: String
    /// Seconds between polls; also the quiet time that ends a burst of changes.
    public var interval: Double = 0.3

    public init(directory: String, displayPrefix: String) {
        self.directory = directory
        self.displayPrefix = displayPrefix
    }

    public func snapshot() -> SourceSnapshot {
        SourceSnapshot.take(of: directory, displayPrefix: displayPrefix)
    }

    /// Blocks until something under the directory differs from `previous` and has stopped
    /// changing for one interval (an editor saving several files, a `git checkout`); returns
    /// the new snapshot and the changed paths.
    public func waitForChange(since previous: SourceSnapshot) -> (SourceSnapshot, [String]) {
        var current = previous
        repeat {
            Thread.sleep(forTimeInterval: interval)
            current = snapshot()
        } while current == previous
        while true {
            Thread.sleep(forTimeInterval: interval)
            let settled = snapshot()
            if settled == current { break }
            current = settled
        }
        return (current, current.changes(since: previous))
    }
}
