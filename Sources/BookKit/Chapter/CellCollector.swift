import Foundation

/// Puts a chapter's program into its document tree: walks the blocks in reading order,
/// numbers every cell that runs (code blocks, then the inline values of their captions, and
/// inline values in prose) and stores it in the tree, where the outline, the page and the
/// cell renderer find it. Options and captions are parsed here, once. Footnotes, listed at
/// the end of the page, are walked after the body: their values see the whole chapter.
struct CellCollector {
    let path: String
    /// The chapter's lines, to find where a caption starts on its line (inside a list item
    /// or a block quote, cmark-gfm hands out the code without the container's indent).
    let sourceLines: [Substring]
    /// The cells in program order.
    private(set) var cells: [Cell] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, source: String) {
        self.path = path
        sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func blocks(_ blocks: [Block]) -> [Block] {
        blocks.map { block($0) }
    }

    private mutating func block(_ block: Block) -> Block {
        switch block {
        case let .paragraph(content, line):
            return .paragraph(inlines(content), line: line)
        case let .heading(level, content, line, attributes):
            return .heading(level: level, inlines(content), line: line, attributes: attributes)
        case .codeBlock(let code):
            return .codeBlock(codeBlock(code))
        case .blockQuote(let inner):
            return .blockQuote(blocks(inner))
        case .callout(var callout):
            callout.title = inlines(callout.title)
            callout.blocks = blocks(callout.blocks)
            return .callout(callout)
        case .list(var list):
            for index in list.items.indices { list.items[index].blocks = blocks(list.items[index].blocks) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { inlines($0) }
            table.rows = table.rows.map { row in row.map { inlines($0) } }
            table.caption = table.caption.map { inlines($0) }
            return .table(table)
        case .htmlBlock, .thematicBreak:
            return block
        }
    }

    private mutating func codeBlock(_ code: CodeBlock) -> CodeBlock {
        if !code.isClosed {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path, line: code.line),
                                          "code fence is never closed; it runs to the end of the file"))
        }
        guard Chapter.isCell(code) else { return code }
        let (options, problems) = CellOptions.parse(code.code, file: path, firstLine: code.firstCodeLine)
        diagnostics += problems
        guard options.eval, code.isClosed else { return code }
        var cell = Cell(index: cells.count + 1, source: code.code, options: options, firstLine: code.firstCodeLine)
        cells.append(cell)
        // The caption's inline values run after the cell, seeing what it computed.
        if let caption = options.caption, let location = options.captionLocation {
            let document = CommonMarkParser.parse(caption, firstLine: location.line,
                                                  firstColumn: captionColumn(caption, at: location))
            diagnostics += document.problems.map { Diagnostic(.warning, at: SourceLocation(file: path, line: $0.line), $0.message) }
            cell.caption = blocks(document.blocks)
            cells[cell.index - 1] = cell
        }
        var result = code
        result.cell = cell
        return result
    }

    /// The column where `caption` starts on its line of the chapter.
    private func captionColumn(_ caption: String, at location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= sourceLines.count,
              let found = sourceLines[location.line - 1].range(of: caption, options: .backwards)
        else { return location.column ?? 1 }
        return sourceLines[location.line - 1][..<found.lowerBound].utf8.count + 1
    }

    private mutating func inlines(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .inlineValue(var value):
                value.index = cells.count + 1
                cells.append(value)
                return .inlineValue(value)
            case .emphasis(let content): return .emphasis(self.inlines(content))
            case .strong(let content): return .strong(self.inlines(content))
            case .strikethrough(let content): return .strikethrough(self.inlines(content))
            case let .link(destination, title, content):
                return .link(destination: destination, title: title, self.inlines(content))
            default: return inline
            }
        }
    }
}
