/// A ` ```swift ` block of a chapter: code that runs, in order, sharing state with the
/// chapter's other cells like a notebook.
public struct Cell: Equatable, Sendable {
    /// 1-based position among the chapter's cells that run.
    public var index: Int
    /// The code as written, option lines included (so compiler lines stay exact).
    public var source: String
    public var options: CellOptions
    /// Markdown line of the first line of `source`.
    public var firstLine: Int

    /// The code a reader sees: `source` without its leading `//|` option lines.
    public var displayCode: String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.drop { CellOptions.isOptionLine($0) }
        return body.joined(separator: "\n").trimmingTrailingNewlines
    }

    /// The Markdown line range the cell's code occupies.
    public var lines: ClosedRange<Int> {
        let count = max(1, source.trimmingTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false).count)
        return firstLine...(firstLine + count - 1)
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
