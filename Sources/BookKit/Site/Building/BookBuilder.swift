import Foundation

/// What a build reports while it works, for progress output.
public enum BuildEvent: Sendable {
    /// The chapters were read; `count` of them will be reported as finished.
    case loaded(count: Int)
    /// Another build of the same book holds the lock (its process id, when known); this one waits.
    case waitingForLock(holder: Int32?)
    /// The chapter's program is about to be compiled and run (cached chapters never start).
    case started(Chapter, compileCommand: String)
    /// The chapter is done, from the cache or from a run.
    case finished(ChapterReport)
    /// Rendering found problems in the prose: bad TeX, unknown labels or citation keys.
    case warnings([Diagnostic])
    /// The book's distinct formulas were typeset; `cached` of them came from the math cache.
    case math(formulas: Int, cached: Int)
}

/// Builds the book: reads chapters, runs their cells (or takes results from the cache),
/// renders pages, and replaces the output directory in one step.
public struct BookBuilder: Sendable {
    public var options: BuildOptions
    public var toolchain: Toolchain

    public init(options: BuildOptions, toolchain: Toolchain) {
        self.options = options
        self.toolchain = toolchain
    }

    /// Builds the selected chapters (all by default), reporting `events` as it goes,
    /// then writes the book. Holds the build lock throughout.
    public func build(events: @escaping @Sendable (BuildEvent) -> Void = { _ in }) throws -> [ChapterReport] {
        let chapters = try options.loadChapters()
        let selected = options.selection.isEmpty
            ? Set(chapters.map(\.slug))
            : try ChapterSelection.select(options.selection, from: chapters)
        let cacheDirectory = options.resolve(options.cacheDirectory)
        let lock = try BuildLock.acquire(in: cacheDirectory, timeout: options.lockTimeout) { holder in
            events(.waitingForLock(holder: holder))
        }
        defer { withExtendedLifetime(lock) {} }

        events(.loaded(count: chapters.count))
        let environment = Toolchain.childEnvironment()
        let fingerprint = try ToolchainFingerprint.compute(
            toolchain: toolchain, versionCache: CompilerVersionCache(path: "\(cacheDirectory)/compiler-version.json"),
            environment: environment)
        let runner = CachingExecutor(
            executor: ChapterExecutor(toolchain: toolchain, projectDirectory: options.root,
                                      defaultTimeout: options.timeout, outputLimit: options.outputLimit,
                                      environment: environment),
            cache: ResultCache(directory: cacheDirectory), fingerprint: fingerprint,
            useCache: options.useCache, workRoot: "\(cacheDirectory)/work")
        let reports = WorkerPool.map(chapters, jobs: options.jobs) { chapter -> ChapterReport in
            let report = runner.report(for: chapter, selected: selected.contains(chapter.slug)) { chapter in
                let command = runner.executor.compileCommand(workDirectory: runner.workDirectory(for: chapter))
                events(.started(chapter, compileCommand: command))
            }
            events(.finished(report))
            return report
        }
        let versionCache = CompilerVersionCache(path: "\(cacheDirectory)/compiler-version.json")
        let facts = BuildFacts.collect(root: options.root, compilerVersion: try? versionCache.version(of: toolchain.compiler),
                                       environment: environment)
        let site = SiteRenderer(chaptersDirectory: options.resolve(options.chaptersDirectory),
                                chaptersDisplayPath: options.chaptersDirectory,
                                mathCache: MathCache(path: "\(cacheDirectory)/math.cache"), useCache: options.useCache,
                                facts: facts, liveReload: options.liveReload)
            .render(reports: reports, landing: try options.loadLanding())
        events(.math(formulas: site.formulas, cached: site.cachedFormulas))
        if !site.diagnostics.isEmpty { events(.warnings(site.diagnostics)) }
        try OutputDirectory(root: options.resolve(options.outputDirectory), displayPath: options.outputDirectory)
            .replace(with: site.files)
        return reports
    }
}
