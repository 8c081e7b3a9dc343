/// A Markdown document as Swift values: what cmark-gfm parsed, with source lines kept
/// where later passes report errors or number cells.
public struct Document: Equatable, Sendable {
    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}

/// A block-level element.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline], line: Int)
    case heading(level: Int, [Inline], line: Int)
    case codeBlock(CodeBlock)
    case htmlBlock(String)
    case blockQuote([Block])
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

    public init(info: String, code: String, firstCodeLine: Int, line: Int, isClosed: Bool = true) {
        self.info = info
        self.code = code
        self.firstCodeLine = firstCodeLine
        self.line = line
        self.isClosed = isClosed
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
}

extension Inline {
    /// The text a reader sees, without markup: used for titles, anchors and search.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .emphasis(let c), .strong(let c), .strikethrough(let c),
             .link(_, _, let c), .image(_, _, let c):
            return c.plainText
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
