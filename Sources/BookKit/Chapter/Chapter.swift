import Foundation

/// One Markdown file of the book, parsed, with its cells extracted in reading order.
public struct Chapter: Equatable, Sendable {
    /// Path as the author sees it and as diagnostics print it, e.g. `chapters/01-linear-regression.md`.
    public var path: String
    /// File name without extension, e.g. `01-linear-regression`; the page is `<slug>.html`.
    public var slug: String
    /// The Markdown as read, with line endings normalized to "\n".
    public var source: String
    public var title: String
    /// The Markdown's tree, with each cell that runs stored at its code block
    /// (`CodeBlock.cell`) or in the text (`Inline.inlineValue`).
    public var document: Document
    /// The chapter's program: every cell that runs, code cells and inline values, in order.
    public var cells: [Cell]
    /// Problems found while reading the chapter (missing title, unknown options, Markdown
    /// problems such as unbalanced math, ...).
    public var diagnostics: [Diagnostic]

    /// The code cells (the program without its inline values).
    public var codeCells: [Cell] { cells.filter { $0.kind == .code } }

    /// Parses a chapter's Markdown. Never fails: problems become diagnostics.
    public init(path: String, markdown text: String) {
        // CRLF and CR files read like LF files (line numbers are unchanged): every pass
        // below splits lines at "\n", and Swift treats "\r\n" as one character.
        let markdown = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        self.path = path
        source = markdown
        let fileName = (path as NSString).lastPathComponent
        slug = (fileName as NSString).deletingPathExtension
        document = CommonMarkParser.parse(markdown)
        diagnostics = []
        cells = []

        if markdown.allSatisfy(\.isWhitespace) {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path, line: 1), "chapter is empty"))
        }
        if let (heading, _) = Chapter.firstHeading(level: 1, in: document.blocks) {
            title = heading.plainText
        } else {
            title = slug
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path, line: 1),
                                          "chapter has no '# Title' heading; using '\(slug)' as its title"))
        }

        diagnostics += document.problems.map { Diagnostic(.warning, at: SourceLocation(file: path, line: $0.line), $0.message) }
        var collector = CellCollector(path: path, source: markdown)
        document.blocks = collector.blocks(document.blocks)
        // Footnotes come last in the program, as cmark-gfm gathers them at the end.
        for index in document.footnotes.indices {
            document.footnotes[index].blocks = collector.blocks(document.footnotes[index].blocks)
        }
        cells = collector.cells
        diagnostics += collector.diagnostics
        diagnostics += DeclarationOrder.diagnostics(for: cells, path: path)
    }

    /// Reads and parses a chapter file; `displayPath` is how diagnostics name it.
    public init(contentsOf url: URL, displayPath: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw BookError.unreadable(path: displayPath, reason: error.localizedDescription)
        }
        guard let markdown = String(data: data, encoding: .utf8) else {
            throw BookError.notUTF8(path: displayPath)
        }
        self.init(path: displayPath, markdown: markdown)
    }

    /// A code block runs when its info string is exactly `swift` (`swift norun` is shown only).
    static func isCell(_ code: CodeBlock) -> Bool {
        code.info.trimmed == "swift"
    }

    static func firstHeading(level: Int, in blocks: [Block]) -> ([Inline], Int)? {
        for case let .heading(headingLevel, content, line, _) in blocks where headingLevel == level {
            return (content, line)
        }
        return nil
    }

    /// The cell whose code contains Markdown line `line`, if any.
    public func cell(containing line: Int) -> Cell? {
        cells.first { $0.lines.contains(line) }
    }
}
