/// The outcome of one chapter in a build.
public struct ChapterReport: Sendable {
    public var chapter: Chapter
    public var run: ChapterRun
    /// The results came from the cache: nothing was compiled or run.
    public var cached = false
    /// The chapter was left out of a partial build and the cache had no current results for it.
    public var skipped = false

    public init(chapter: Chapter, run: ChapterRun, cached: Bool = false, skipped: Bool = false) {
        self.chapter = chapter
        self.run = run
        self.cached = cached
        self.skipped = skipped
    }

    public var checksPassed: Int { run.checks.filter(\.passed).count }
    public var checksFailed: Int { run.checks.filter { !$0.passed }.count }
    public var hasErrors: Bool {
        guard !skipped else { return false }
        return run.failure != nil || checksFailed > 0 || chapter.diagnostics.contains { $0.severity == .error }
    }

    /// Every problem as `file:line: severity: message` lines, for the terminal.
    public var problems: [String] {
        guard !skipped else { return [] }
        var lines = chapter.diagnostics.map(\.description)
        lines += run.compilerDiagnostics.filter { $0.severity != .note }.map(\.description)
        // Where a cell starts, and what to call it: "cell 3", or "inline value `x`" at its column.
        func place(_ index: Int?) -> (location: String, name: String) {
            guard let cell = index.flatMap({ i in chapter.cells.first { $0.index == i } }) else {
                return ("\(chapter.path):1", "cell \(index.map(String.init) ?? "?")")
            }
            if cell.kind == .inlineValue {
                return ("\(chapter.path):\(cell.firstLine):\(cell.column)", "inline value `\(cell.source)`")
            }
            return ("\(chapter.path):\(cell.firstLine)", "cell \(cell.index)")
        }
        switch run.failure {
        case .crashed(let cell, let reason):
            let (location, name) = place(cell)
            lines.append("\(location): error: \(name) stopped: \(reason)")
        case .timedOut(let cell, let seconds):
            let (location, name) = place(cell)
            lines.append("\(location): error: timed out after \(Int(seconds)) s while running \(name)")
        case .launch(let message):
            lines.append("\(chapter.path):1: error: \(message)")
        case .compile, .notSelected, nil:
            break
        }
        for check in run.checks where !check.passed {
            lines.append("\(check.location): error: check failed: \(check.claim)\(check.detail.isEmpty ? "" : " (\(check.detail))")")
        }
        return lines
    }
}
