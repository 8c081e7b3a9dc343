import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The book's root: chapter programs run here; relative paths below are resolved against it.
    public var root: String
    public var chaptersDirectory = "chapters"
    public var outputDirectory = "output"
    /// Compiled programs and their raw outputs.
    public var workDirectory = ".book-cache"
    /// Chapters compiled and run at the same time.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Seconds a chapter program may run unless a cell's `//| timeout:` asks for more.
    public var timeout: Double = 300

    public init(root: String) {
        self.root = root
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : "\(root)/\(path)"
    }
}

/// The outcome of one chapter in a build.
public struct ChapterReport: Sendable {
    public var chapter: Chapter
    public var run: ChapterRun

    public var checksPassed: Int { run.checks.filter(\.passed).count }
    public var checksFailed: Int { run.checks.filter { !$0.passed }.count }
    public var hasErrors: Bool {
        run.failure != nil || checksFailed > 0 || chapter.diagnostics.contains { $0.severity == .error }
    }

    /// Every problem as `file:line: severity: message` lines, for the terminal.
    public var problems: [String] {
        var lines = chapter.diagnostics.map(\.description)
        lines += run.compilerDiagnostics.filter { $0.severity != "note" }.map(\.description)
        let cellLine = { (index: Int?) in index.flatMap { i in chapter.cells.first { $0.index == i }?.firstLine } ?? 1 }
        switch run.failure {
        case .crashed(let cell, let reason):
            lines.append("\(chapter.path):\(cellLine(cell)): error: cell \(cell.map(String.init) ?? "?") stopped: \(reason)")
        case .timedOut(let cell, let seconds):
            lines.append("\(chapter.path):\(cellLine(cell)): error: timed out after \(Int(seconds)) s while running cell \(cell.map(String.init) ?? "?")")
        case .launch(let message):
            lines.append("\(chapter.path):1: error: \(message)")
        case .compile, nil:
            break
        }
        for check in run.checks where !check.passed {
            lines.append("\(check.location): error: check failed: \(check.claim)\(check.detail.isEmpty ? "" : " (\(check.detail))")")
        }
        return lines
    }
}

/// Builds the book: reads chapters, runs their cells, renders pages, and replaces the
/// output directory in one step.
public struct BookBuilder: Sendable {
    public var options: BuildOptions
    public var toolchain: Toolchain

    public init(options: BuildOptions, toolchain: Toolchain) {
        self.options = options
        self.toolchain = toolchain
    }

    /// Loads the chapters in file-name order.
    public func loadChapters() throws -> [Chapter] {
        let directory = options.resolve(options.chaptersDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BookError.missingChaptersDirectory(options.chaptersDirectory)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".md") && $0 != "index.md" && !$0.hasPrefix(".") }
            .sorted()
        guard !names.isEmpty else { throw BookError.noChapters(options.chaptersDirectory) }
        return try names.map { name in
            try Chapter(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"),
                        displayPath: "\(options.chaptersDirectory)/\(name)")
        }
    }

    /// Builds every chapter, calling `progress` as each finishes, then writes the book;
    /// `warnings` receives what rendering found (bad TeX, unknown labels and citations).
    public func build(progress: @escaping @Sendable (ChapterReport) -> Void = { _ in },
                      warnings: ([Diagnostic]) -> Void = { _ in }) throws -> [ChapterReport] {
        let chapters = try loadChapters()
        let executor = ChapterExecutor(toolchain: toolchain, projectDirectory: options.root,
                                       defaultTimeout: options.timeout)
        let workRoot = options.resolve(options.workDirectory)
        let reports = ParallelMap.map(chapters, jobs: options.jobs) { chapter -> ChapterReport in
            let run = executor.execute(chapter, workDirectory: "\(workRoot)/work/\(chapter.slug)")
            let report = ChapterReport(chapter: chapter, run: run)
            progress(report)
            return report
        }
        let site = SiteRenderer(chaptersDirectory: options.resolve(options.chaptersDirectory),
                                chaptersDisplayPath: options.chaptersDirectory)
            .render(reports: reports, landing: try loadLanding())
        warnings(site.diagnostics)
        try OutputDirectory(root: options.resolve(options.outputDirectory), displayPath: options.outputDirectory)
            .replace(with: site.files)
        return reports
    }

    /// `chapters/index.md`, the landing page's title and text, if the book has one.
    func loadLanding() throws -> Chapter? {
        let path = options.resolve("\(options.chaptersDirectory)/index.md")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Chapter(contentsOf: URL(fileURLWithPath: path), displayPath: "\(options.chaptersDirectory)/index.md")
    }
}

/// Maps over an array with at most `jobs` elements in flight, keeping the input order.
enum ParallelMap {
    static func map<T, U>(_ items: [T], jobs: Int, _ transform: @escaping (T) -> U) -> [U] {
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let lock = NSLock()
        var next = 0
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
            while true {
                let index: Int = lock.withLock { defer { next += 1 }; return next }
                guard index < items.count else { return }
                let value = transform(items[index])
                lock.withLock { results[index] = value }
            }
        }
        return results.map { $0! }
    }
}
