/// A Markdown document as Swift values: what cmark-gfm parsed, with source lines kept
/// where later passes report errors or number cells.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]
    /// Problems found while reading the Markdown (e.g. unclosed `$$`), by line.
    public var problems: [MarkdownProblem]
    /// GFM footnotes (`[^note]: text`) in the order of their first reference, numbered 1, 2, ...
    public var footnotes: [Footnote]

    public init(blocks: [Block], problems: [MarkdownProblem] = [], footnotes: [Footnote] = []) {
        self.blocks = blocks
        self.problems = problems
        self.footnotes = footnotes
    }
}

/// A warning about the Markdown itself, at a 1-based source line; the chapter adds the file.
public struct MarkdownProblem: Equatable, Sendable {
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }
}

/// Pandoc-style attributes written after a heading or a table caption: `{#sec-id .class -}`.
public struct BlockAttributes: Equatable, Sendable {
    public var id: String?
    public var classes: [String] = []

    public init(id: String? = nil, classes: [String] = []) {
        self.id = id
        self.classes = classes
    }

    /// `{-}` or `{.unnumbered}`: the heading gets no section number.
    public var isUnnumbered: Bool { classes.contains("unnumbered") }
}

/// A block-level element.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline], line: Int)
    case heading(level: Int, [Inline], line: Int, attributes: BlockAttributes)
    case codeBlock(CodeBlock)
    case htmlBlock(String)
    case blockQuote([Block])
    /// A block quote opened by `[!NOTE]`, `[!EXERCISE]`, ...: see `Callout`.
    case callout(Callout)
    case list(List)
    case table(Table)
    case thematicBreak
}

/// A fenced or indented code block, with the line of its first code line.
public struct CodeBlock: Equatable, Sendable {
    /// The info string after the opening fence, e.g. `swift` or `swift norun`.
    public var info: String
    public var code: String
    /// 1-based line of the first line of code (the line after an opening fence).
    public var firstCodeLine: Int
    /// 1-based line of the opening fence (or of the first line of an indented block).
    public var line: Int
    /// False for a fence that the document never closes (it then runs to the end).
    public var isClosed: Bool
    /// The cell this block is, when it runs: set when a chapter is read (see `Chapter`), so
    /// every later stage finds the cell, its options and its caption here.
    public var cell: Cell?

    public init(info: String, code: String, firstCodeLine: Int, line: Int, isClosed: Bool = true, cell: Cell? = nil) {
        self.info = info
        self.code = code
        self.firstCodeLine = firstCodeLine
        self.line = line
        self.isClosed = isClosed
        self.cell = cell
    }

    /// The first word of the info string, the block's language.
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1).first ?? "")
    }
}

public struct List: Equatable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
}

public struct ListItem: Equatable, Sendable {
    /// `nil` for an ordinary item, otherwise whether the task box is ticked.
    public var task: Bool?
    public var blocks: [Block]
}

public struct Table: Equatable, Sendable {
    public enum Alignment: Equatable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    /// 1-based line of the header row.
    public var line: Int
    /// From a paragraph right after the table that starts with `: ` or `Table: `.
    public var caption: [Inline]?
    /// `{#tbl-label}` at the end of the caption.
    public var attributes = BlockAttributes()
}

/// An inline element.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, [Inline])
    /// `$...$` (inline) or `$$...$$` (display) TeX.
    case math(MathSpan)
    /// `@fig-x`, `@eq-x`, `@sec-x`, `@tbl-x`, `@ch-x`: a link to a numbered thing.
    case crossReference(CrossReference)
    /// `[@key]`, `[@a; @b]` or narrative `@key`: works from the bibliography.
    case citation(Citation)
    /// `[^note]`: a GFM footnote reference.
    case footnoteReference(FootnoteReference)
    /// `` `{swift} expr` ``: a Swift expression evaluated in the chapter's program at this
    /// point, shown as its value. A cell of kind `.inlineValue`, numbered when the chapter is read.
    case inlineValue(Cell)
}

/// TeX math as written, with where it was written.
public struct MathSpan: Equatable, Sendable {
    public var tex: String
    /// `$$...$$` or a LaTeX environment: typeset as a centred block.
    public var display: Bool
    /// `{#eq-label}` after a display formula: it is numbered and can be referenced.
    public var label: String?
    /// 1-based source line where the formula starts.
    public var line: Int

    public init(tex: String, display: Bool, label: String? = nil, line: Int) {
        self.tex = tex
        self.display = display
        self.label = label
        self.line = line
    }
}

/// A reference to a label, such as `@fig-gd-paths`, to be rendered as "Figure 3.2".
public struct CrossReference: Equatable, Sendable {
    /// The label without `@`, e.g. `fig-gd-paths`.
    public var label: String
    /// Written `[-@label]`: only the number, without "Figure".
    public var bare: Bool
    public var line: Int

    /// Label prefixes that make `@word` a cross-reference rather than a citation.
    public static let prefixes = ["fig-", "eq-", "sec-", "tbl-", "ch-", "app-", "ex-"]

    public static func isLabel<S: StringProtocol>(_ key: S) -> Bool {
        prefixes.contains { key.hasPrefix($0) }
    }
}

/// A citation of one or more works of the bibliography.
public struct Citation: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var key: String
        /// Text after a comma, such as `p. 3` in `[@key, p. 3]`.
        public var locator: String?
        /// Written `[-@key]`: the year only, for "Grosse (2021) showed".
        public var suppressAuthor: Bool
    }

    public var items: [Item]
    /// Written `@key` in running text: "Grosse (2021)" rather than "(Grosse 2021)".
    public var narrative: Bool
    public var line: Int
}

extension Inline {
    /// The text a reader sees, without markup: used for titles, anchors and search.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .html, .footnoteReference: return ""
        case .crossReference(let reference): return "@" + reference.label
        case .citation(let citation): return citation.items.map { "@" + $0.key }.joined(separator: "; ")
        case .math(let math): return math.tex
        // Left out, so a heading's anchor does not change when the value does.
        case .inlineValue: return ""
        case .emphasis(let c), .strong(let c), .strikethrough(let c),
             .link(_, _, let c), .image(_, _, let c):
            return c.plainText
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
