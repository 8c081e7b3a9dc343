import Foundation

extension BuildOptions {
    /// Removes the output directory (only if `book` wrote it) and the cache directory,
    /// after any running build of the book has finished. Returns the paths removed, as
    /// the options name them.
    public func clean(waiting: (Int32?) -> Void = { _ in }) throws -> [String] {
        let cache = resolve(cacheDirectory)
        let hasCache = FileManager.default.fileExists(atPath: cache)
        let lock = hasCache ? try BuildLock.acquire(in: cache, timeout: lockTimeout, waiting: waiting) : nil
        defer { withExtendedLifetime(lock) {} }
        var removed: [String] = []
        if let output = try OutputDirectory(root: resolve(outputDirectory), displayPath: outputDirectory).remove() {
            removed.append(output)
        }
        if hasCache {
            do {
                try FileManager.default.removeItem(atPath: cache)
            } catch {
                throw BookError.io("cannot remove '\(cacheDirectory)': \(error.localizedDescription)")
            }
            removed.append(cacheDirectory)
        }
        return removed
    }
}
