/// A unit of a chapter's program: a ` ```swift ` block, or an inline value
/// (`` `{swift} expr` `` in prose). Cells run in reading order in one program, sharing
/// state like a notebook; an inline value sees everything the cells above it defined.
public struct Cell: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A code block: its output, figures, tables and checks appear below it.
        case code
        /// An expression whose value is put into the text where it is written.
        case inlineValue
    }

    public var kind: Kind
    /// 1-based position in the chapter's program, among the cells that run; assigned when
    /// the chapter is read (0 until then).
    public var index: Int
    /// The code as written, option lines included (so compiler lines stay exact); for an
    /// inline value, the expression.
    public var source: String
    public var options: CellOptions
    /// Markdown line of the first line of `source`.
    public var firstLine: Int
    /// 1-based column (in UTF-8 bytes, as the compiler counts) where `source` starts on
    /// `firstLine`: 1 for a code cell, where the expression starts for an inline value.
    public var column: Int
    /// The `//| caption:` text parsed as Markdown once, with its own source lines and
    /// inline values; nil without a caption.
    public var caption: [Block]?

    public init(kind: Kind = .code, index: Int, source: String, options: CellOptions = CellOptions(),
                firstLine: Int, column: Int = 1, caption: [Block]? = nil) {
        self.kind = kind
        self.index = index
        self.source = source
        self.options = options
        self.firstLine = firstLine
        self.column = column
        self.caption = caption
    }

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

    /// Whether a compiler message at `location` is about this cell: on one of its lines,
    /// and for an inline value within its expression's columns (a line may hold several).
    func contains(_ location: SourceLocation) -> Bool {
        guard lines.contains(location.line) else { return false }
        guard kind == .inlineValue, let column = location.column else { return true }
        return column >= self.column && column <= self.column + max(1, source.utf8.count)
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
