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
        lines += run.compilerDiagnostics.filter { $0.severity != "note" }.map(\.description)
        let cellLine = { (index: Int?) in index.flatMap { i in chapter.cells.first { $0.index == i }?.firstLine } ?? 1 }
        switch run.failure {
        case .crashed(let cell, let reason):
            lines.append("\(chapter.path):\(cellLine(cell)): error: cell \(cell.map(String.init) ?? "?") stopped: \(reason)")
        case .timedOut(let cell, let seconds):
            lines.append("\(chapter.path):\(cellLine(cell)): error: timed out after \(Int(seconds)) s while running cell \(cell.map(String.init) ?? "?")")
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
