import Foundation

/// Runs a chapter, or takes its results from the cache when its key matches.
struct CachingExecutor: Sendable {
    var executor: ChapterExecutor
    var cache: ResultCache
    var fingerprint: ToolchainFingerprint
    /// Look results up (`--no-cache` turns this off; results are still stored).
    var useCache: Bool
    /// Work directories of the chapter programs: `<workRoot>/<slug>`.
    var workRoot: String

    /// The report for `chapter`. A chapter left out of a partial build (`selected` false)
    /// is never run: it gets its cached results or a placeholder.
    func report(for chapter: Chapter, selected: Bool, started: (Chapter) -> Void) -> ChapterReport {
        let key = ResultCache.key(for: chapter, fingerprint: fingerprint, outputLimit: executor.outputLimit)
        if useCache || !selected, let run = cache.lookup(chapter, key: key) {
            return ChapterReport(chapter: chapter, run: run, cached: true)
        }
        guard selected else {
            var placeholder = ChapterRun()
            placeholder.failure = .notSelected
            return ChapterReport(chapter: chapter, run: placeholder, skipped: true)
        }
        started(chapter)
        let run = executor.execute(chapter, workDirectory: workDirectory(for: chapter))
        // A cache that cannot be written only costs time on the next build.
        try? cache.store(run, for: chapter, key: key)
        return ChapterReport(chapter: chapter, run: run)
    }

    func workDirectory(for chapter: Chapter) -> String {
        "\(workRoot)/\(chapter.slug)"
    }
}
