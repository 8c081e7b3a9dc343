import CCmarkGFM

/// The one door to cmark-gfm: parses Markdown with the GitHub extensions and hands out a
/// `Document` of Swift values. The C tree is freed before `parse` returns.
public enum CommonMarkParser {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parses `markdown`; math is protected from Markdown first (see `MathProtector`) and the
    /// book's inline syntax (see `InlineSyntax`) is resolved in the result.
    ///
    /// A fragment of a larger file (a cell's caption) gives where it starts, `firstLine` and
    /// `firstColumn`, so lines and columns in the result are the file's.
    public static func parse(_ markdown: String, firstLine: Int = 1, firstColumn: Int = 1) -> Document {
        let text = String(repeating: "\n", count: max(0, firstLine - 1)) + markdown
        let protected = MathProtector.protect(text)
        var syntax = InlineSyntax(spans: protected.spans, placeholders: protected.placeholders)
        syntax.sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        syntax.firstLine = firstLine
        syntax.columnOffset = firstColumn - 1
        let converter = Converter(lines: protected.source.split(separator: "\n", omittingEmptySubsequences: false),
                                  syntax: syntax)
        let (blocks, footnotes) = parseBlocks(protected.source, converter: converter)
        let problems = protected.problems + Callout.unknownMarkers(in: blocks + footnotes.flatMap(\.blocks))
        return Document(blocks: blocks, problems: problems, footnotes: footnotes)
    }

    private static func parseBlocks(_ markdown: String, converter: Converter) -> ([Block], [Footnote]) {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return ([], []) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return ([], []) }
        defer { cmark_node_free(root) }
        return converter.document(root)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    /// Converts C nodes to Swift values; keeps the source lines to tell closed fences from
    /// open ones and to read footnote labels, and counts references to each footnote.
    private final class Converter {
        let lines: [Substring]
        let syntax: InlineSyntax
        /// Footnote labels by number (cmark-gfm keeps only the number in a reference).
        private(set) var footnoteLabels: [String] = []
        private(set) var footnoteReferences: [Int: Int] = [:]

        init(lines: [Substring], syntax: InlineSyntax) {
            self.lines = lines
            self.syntax = syntax
        }

        /// The body's blocks, and the footnotes cmark-gfm gathered at the end of the document.
        func document(_ root: OpaquePointer) -> ([Block], [Footnote]) {
            let nodes = children(of: root)
            let definitions = nodes.filter { cmark_node_get_type($0) == CMARK_NODE_FOOTNOTE_DEFINITION }
            footnoteLabels = definitions.enumerated().map { offset, node in footnoteLabel(node) ?? "\(offset + 1)" }
            let blocks = attachingCaptions(nodes.filter { cmark_node_get_type($0) != CMARK_NODE_FOOTNOTE_DEFINITION }
                .compactMap { CommonMarkParser.block($0, converter: self) })
            let footnotes = definitions.enumerated().map { offset, node in
                Footnote(number: offset + 1, label: footnoteLabels[offset], blocks: self.blocks(of: node), references: 0)
            }
            return (blocks, footnotes.map { note in
                var note = note
                note.references = footnoteReferences[note.number, default: 0]
                return note
            })
        }

        /// The children of `node` as blocks, with table captions attached to their tables.
        func blocks(of node: OpaquePointer) -> [Block] {
            attachingCaptions(children(of: node).compactMap { CommonMarkParser.block($0, converter: self) })
        }

        func inlines(of node: OpaquePointer, line: Int) -> [Inline] {
            syntax.resolve(CommonMarkParser.inlines(of: node, converter: self), line: line)
        }

        /// A reference to footnote `number`: which occurrence it is.
        func footnoteReference(number: Int) -> Inline {
            footnoteReferences[number, default: 0] += 1
            let label = number >= 1 && number <= footnoteLabels.count ? footnoteLabels[number - 1] : "\(number)"
            return .footnoteReference(FootnoteReference(number: number, label: label,
                                                        occurrence: footnoteReferences[number, default: 1]))
        }

        /// `label` in `[^label]:` on the definition's first line (cmark-gfm's column is that
        /// of the note's text, after the label).
        private func footnoteLabel(_ node: OpaquePointer) -> String? {
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            guard line >= 1, line <= lines.count else { return nil }
            guard let before = String(lines[line - 1].utf8.prefix(max(0, column - 1))),
                  let open = before.range(of: "[^", options: .backwards),
                  let close = before[open.upperBound...].range(of: "]:") else { return nil }
            let label = before[open.upperBound..<close.lowerBound]
            return label.isEmpty ? nil : String(label)
        }

        /// Whether a fenced code block is closed by its fence or by the end of its container
        /// (a block quote or list item), as opposed to running to the end of the document.
        /// cmark-gfm ends a block closed by its container on the line that closed it, past
        /// the block's last line of code; a block that reached the end of the document ends
        /// on its last line of code.
        func isClosed(startLine: Int, endLine: Int, code: String, character: CChar, length: Int) -> Bool {
            guard endLine >= 1, endLine <= lines.count else { return false }
            let line = lines[endLine - 1].drop { $0 == " " || $0 == "\t" || $0 == ">" }
            let fence = Character(UnicodeScalar(UInt8(bitPattern: character)))
            let run = line.prefix { $0 == fence }.count
            let closedByFence = run >= length && line.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
            let codeLines = code.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            return closedByFence || endLine > startLine + codeLines
        }
    }

    private static func block(_ node: OpaquePointer, converter: Converter) -> Block? {
        let line = Int(cmark_node_get_start_line(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(converter.inlines(of: node, line: line), line: line)
        case CMARK_NODE_HEADING:
            let (content, attributes) = BlockAttributes.split(converter.inlines(of: node, line: line))
            return .heading(level: Int(cmark_node_get_heading_level(node)), content, line: line,
                            attributes: attributes ?? BlockAttributes())
        case CMARK_NODE_CODE_BLOCK:
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            let code = string(cmark_node_get_literal(node))
            let closed = !fenced || converter.isClosed(startLine: line, endLine: Int(cmark_node_get_end_line(node)), code: code,
                                                       character: character, length: Int(length))
            return .codeBlock(CodeBlock(info: string(cmark_node_get_fence_info(node)),
                                        code: code,
                                        firstCodeLine: fenced ? line + 1 : line, line: line, isClosed: closed))
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock(converter.syntax.restore(string(cmark_node_get_literal(node))))
        case CMARK_NODE_BLOCK_QUOTE:
            let inner = converter.blocks(of: node)
            return Callout.recognize(inner).map(Block.callout) ?? .blockQuote(inner)
        case CMARK_NODE_LIST:
            let items = children(of: node).map { item -> ListItem in
                let task: Bool? = typeName(item) == "tasklist"
                    ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
                return ListItem(task: task, blocks: converter.blocks(of: item))
            }
            return .list(List(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                              start: Int(cmark_node_get_list_start(node)),
                              tight: cmark_node_get_list_tight(node) != 0, items: items))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        default:
            return typeName(node) == "table" ? .table(table(node, line: line, converter: converter)) : nil
        }
    }

    private static func table(_ node: OpaquePointer, line: Int, converter: Converter) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let raw = cmark_gfm_extensions_get_table_alignments(node)
        let alignments: [Table.Alignment] = (0..<columns).map { column in
            switch raw.map({ UInt8($0[column]) }) {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for (offset, row) in children(of: node).enumerated() {
            // Rows after the header sit one line further down, past the delimiter row.
            let rowLine = line + offset + (offset > 0 ? 1 : 0)
            let cells = children(of: row).map { converter.inlines(of: $0, line: rowLine) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: alignments, header: header, rows: rows, line: line)
    }

    private static func inlines(of node: OpaquePointer, converter: Converter) -> [Inline] {
        children(of: node).compactMap { inline($0, converter: converter) }
    }

    private static func inline(_ node: OpaquePointer, converter: Converter) -> Inline? {
        func inlines(of node: OpaquePointer) -> [Inline] { CommonMarkParser.inlines(of: node, converter: converter) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)),
                         title: string(cmark_node_get_title(node)), inlines(of: node))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return converter.footnoteReference(number: Int(string(cmark_node_get_literal(node))) ?? 0)
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)),
                          title: string(cmark_node_get_title(node)), inlines(of: node))
        default:
            return typeName(node) == "strikethrough" ? .strikethrough(inlines(of: node)) : nil
        }
    }
}
