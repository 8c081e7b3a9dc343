import BookProtocol

/// Everything one execution of a chapter program produced: per-cell outputs in order,
/// compiler diagnostics, and how it ended. Codable so it can be cached.
public struct ChapterRun: Codable, Equatable, Sendable {
    /// Outputs of the cells that started, by cell index.
    public var cells: [Int: [CellItem]] = [:]
    /// Compiler errors and warnings, located in the chapter's Markdown.
    public var compilerDiagnostics: [Diagnostic] = []
    public var failure: ChapterFailure?
    public var compileSeconds: Double = 0
    public var runSeconds: Double = 0
    /// Seconds each cell that ran to its end took, by cell index.
    public var cellSeconds: [Int: Double] = [:]
    /// The failure may not happen again (a timeout, a launch error, a SIGKILL from the
    /// out-of-memory killer or an interrupted build), so the run must not be cached.
    public var isTransient = false

    public init() {}

    /// The text of inline value `index`, if the program computed it.
    public func value(of index: Int) -> String? {
        for case .value(let text) in cells[index] ?? [] { return text }
        return nil
    }

    public var checks: [CheckRecord] {
        cells.keys.sorted().flatMap { index in
            cells[index, default: []].compactMap { item -> CheckRecord? in
                if case .check(let check) = item { return check }
                return nil
            }
        }
    }
}

/// One piece of a cell's output, in the order the cell produced it.
public enum CellItem: Codable, Equatable, Sendable {
    /// Printed text; `truncated` when it exceeded the per-cell limit.
    case text(String, truncated: Bool)
    case figure(FigureRecord)
    case check(CheckRecord)
    case table(TableRecord)
    /// An inline value's text, formatted by the program, to put into the prose.
    case value(String)
}

/// Why a chapter program did not run to its end.
public enum ChapterFailure: Codable, Equatable, Sendable {
    /// The program did not compile; the diagnostics say where.
    case compile
    /// The program stopped in cell `cell` (nil: before the first cell) with `reason`.
    case crashed(cell: Int?, reason: String)
    /// The program was still running cell `cell` after `seconds`.
    case timedOut(cell: Int?, seconds: Double)
    /// The program could not be started.
    case launch(String)
    /// The chapter was left out of a partial build (`book build 03`) and the cache holds
    /// no results for its current code; its page says so instead of showing results.
    case notSelected
}
