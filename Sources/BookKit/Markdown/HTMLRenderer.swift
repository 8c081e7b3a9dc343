/// Renders a `Document` to an HTML fragment.
///
/// The renderer knows Markdown; the book's own constructs enter through its hooks:
/// `codeBlock` renders executable cells and highlighted code, `heading` and `table` give
/// anchors and numbers, and `math`, `crossReference` and `citation` render those inlines
/// (their defaults show the source, for `book markdown`).
public struct HTMLRenderer {
    /// The anchor and the number of a heading or table, both optional.
    public struct Decoration: Equatable, Sendable {
        public var id: String?
        /// E.g. "3.2" for a section, "Table 3.1" for a table.
        public var number: String?

        public init(id: String? = nil, number: String? = nil) {
            self.id = id
            self.number = number
        }
    }

    /// Returns the HTML for a code block, or `nil` to render it as plain code.
    public var codeBlock: (CodeBlock) -> String? = { _ in nil }
    public var heading: (_ level: Int, _ content: [Inline], _ line: Int, _ attributes: BlockAttributes) -> Decoration = { _, _, _, attributes in
        Decoration(id: attributes.id)
    }
    public var table: (Table) -> Decoration = { Decoration(id: $0.attributes.id) }
    /// The anchor and number ("Exercise 4.2") of a callout; by default an exercise's label
    /// is its anchor and nothing is numbered.
    public var callout: (Callout) -> Decoration = { Decoration(id: $0.label) }
    /// `block` is true for a display formula that is a paragraph on its own.
    public var math: (_ math: MathSpan, _ block: Bool) -> String = { math, _ in
        "<span class=\"math\">\(math.tex.htmlEscaped)</span>"
    }
    public var crossReference: (CrossReference) -> String = { "@\($0.label.htmlEscaped)" }
    public var citation: (Citation) -> String = { citation in
        "[" + citation.items.map { "@\($0.key.htmlEscaped)" }.joined(separator: "; ") + "]"
    }
    /// An inline value's HTML; by default its source, as written.
    public var inlineValue: (Cell) -> String = { "<code>{swift} \($0.source.htmlEscaped)</code>" }

    public init() {}

    /// The document's blocks, then its footnotes, if any.
    public func render(_ document: Document) -> String {
        document.blocks.map(render).joined() + renderFootnotes(document.footnotes)
    }

    public func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let content, _):
            if let span = Self.loneDisplayMath(content) { return math(span, true) + "\n" }
            return "<p>\(render(content))</p>\n"
        case let .heading(level, content, line, attributes):
            let decoration = heading(level, content, line, attributes)
            let anchor = decoration.id.map { " id=\"\($0.htmlEscaped)\"" } ?? ""
            let number = decoration.number.map { "<span class=\"secnum\">\($0.htmlEscaped)</span> " } ?? ""
            let link = decoration.id.map { "<a class=\"anchor\" href=\"#\($0.htmlEscaped)\" aria-label=\"Link to this section\">#</a>" } ?? ""
            return "<h\(level)\(anchor)>\(number)\(render(content))\(link)</h\(level)>\n"
        case .codeBlock(let code):
            if let html = codeBlock(code) { return html }
            let language = code.language.isEmpty ? "" : " class=\"language-\(code.language.htmlEscaped)\""
            return "<pre><code\(language)>\(code.code.htmlEscaped)</code></pre>\n"
        case .htmlBlock(let html):
            return TagFilter.apply(html)
        case .blockQuote(let blocks):
            return "<blockquote>\n\(blocks.map(render).joined())</blockquote>\n"
        case .callout(let callout):
            return render(callout)
        case .list(let list):
            return render(list)
        case .table(let table):
            return render(table)
        case .thematicBreak:
            return "<hr>\n"
        }
    }

    private func render(_ list: List) -> String {
        let tag = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
        var html = "<\(tag)\(start)>\n"
        for item in list.items {
            let box = item.task.map { "<input type=\"checkbox\" disabled\($0 ? " checked" : "")> " } ?? ""
            // Tight lists show their paragraphs without <p>, as CommonMark specifies.
            let body = list.tight ? renderUnwrapped(item.blocks) : "\n" + item.blocks.map(render).joined()
            html += "<li\(item.task == nil ? "" : " class=\"task\"")>\(box)\(body)</li>\n"
        }
        return html + "</\(tag)>\n"
    }

    private func render(_ table: Table) -> String {
        func cell(_ tag: String, _ column: Int, _ content: [Inline]) -> String {
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            let style: String
            switch alignment {
            case .none: style = ""
            case .left: style = " style=\"text-align:left\""
            case .center: style = " style=\"text-align:center\""
            case .right: style = " style=\"text-align:right\""
            }
            return "<\(tag)\(style)>\(render(content))</\(tag)>"
        }
        let decoration = self.table(table)
        let id = decoration.id.map { " id=\"\($0.htmlEscaped)\"" } ?? ""
        var html = "<div class=\"table-wrap\"><table\(id)>\n"
        if let caption = table.caption {
            let number = decoration.number.map { "<span class=\"caption-number\">\($0.htmlEscaped):</span> " } ?? ""
            html += "<caption>\(number)\(render(caption))</caption>\n"
        }
        html += "<thead><tr>"
        html += table.header.enumerated().map { cell("th", $0.offset, $0.element) }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + row.enumerated().map { cell("td", $0.offset, $0.element) }.joined() + "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    /// `blocks` with their paragraphs' inlines not wrapped in `<p>`: a tight list item, a caption.
    func renderUnwrapped(_ blocks: [Block]) -> String {
        blocks.map { block in
            if case .paragraph(let content, _) = block { return render(content) }
            return render(block)
        }.joined()
    }

    public func render(_ inlines: [Inline]) -> String {
        inlines.map(render).joined()
    }

    public func render(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return text.htmlEscaped
        case .softBreak: return "\n"
        case .lineBreak: return "<br>\n"
        case .code(let code): return "<code>\(code.htmlEscaped)</code>"
        case .html(let html): return TagFilter.apply(html)
        case .emphasis(let content): return "<em>\(render(content))</em>"
        case .strong(let content): return "<strong>\(render(content))</strong>"
        case .strikethrough(let content): return "<del>\(render(content))</del>"
        case let .link(destination, title, content):
            let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
            return "<a href=\"\(LinkEscape.attribute(destination))\"\(titleAttribute)>\(render(content))</a>"
        case let .image(source, title, content):
            let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
            return "<img src=\"\(LinkEscape.attribute(source))\" alt=\"\(content.plainText.htmlEscaped)\"\(titleAttribute)>"
        case .math(let span): return math(span, false)
        case .crossReference(let reference): return crossReference(reference)
        case .citation(let citation): return self.citation(citation)
        case .footnoteReference(let reference): return render(reference)
        case .inlineValue(let cell): return inlineValue(cell)
        }
    }

    /// The display formula that makes up a whole paragraph, if that is what `content` is.
    static func loneDisplayMath(_ content: [Inline]) -> MathSpan? {
        let meaningful = content.filter { inline in
            switch inline {
            case .softBreak, .lineBreak: return false
            case .text(let text): return !text.allSatisfy(\.isWhitespace)
            default: return true
            }
        }
        guard meaningful.count == 1, case .math(let span) = meaningful[0], span.display else { return nil }
        return span
    }
}
