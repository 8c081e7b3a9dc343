/// What rendering one page needs from the whole book, and what it reports back: it turns
/// the book's inline constructs (math, cross-references, citations) and numbered blocks
/// (headings, tables) into HTML, collecting warnings and the works the page cites.
///
/// A class, because the Markdown renderer's hooks are closures that must share this state.
final class PageContext {
    let path: String
    let outline: ChapterOutline
    let labels: LabelIndex
    /// Nil when the book has no `references.bib`.
    let bibliography: Bibliography?
    /// Nil renders math as TeX source (for `book markdown`).
    let math: MathRegistry?
    /// The chapter's results, for its inline values; nil shows their source (for `book markdown`).
    var run: ChapterRun?
    private(set) var diagnostics: [Diagnostic] = []
    /// Keys cited on this page, for its reference list.
    private(set) var cited: Set<String> = []

    init(path: String, outline: ChapterOutline, labels: LabelIndex, bibliography: Bibliography?, math: MathRegistry?) {
        self.path = path
        self.outline = outline
        self.labels = labels
        self.bibliography = bibliography
        self.math = math
    }

    func warn(_ message: String, line: Int) {
        diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path, line: line), message))
    }

    /// A Markdown renderer whose hooks resolve against this page and the book. The hooks hold
    /// the context, so a renderer may outlive the expression that made it.
    func renderer() -> HTMLRenderer {
        var renderer = HTMLRenderer()
        renderer.heading = { [outline] _, _, line, _ in
            let section = outline.section(at: line)
            return HTMLRenderer.Decoration(id: section?.id, number: section?.number)
        }
        renderer.table = { [outline] table in
            let numbered = outline.tables[table.line]
            return HTMLRenderer.Decoration(id: numbered?.id, number: numbered.map { "Table \($0.number)" })
        }
        renderer.callout = { [outline] callout in
            guard callout.kind == .exercise else { return HTMLRenderer.Decoration() }
            let numbered = outline.exercises[callout.line]
            return HTMLRenderer.Decoration(id: numbered?.id, number: numbered.map { "Exercise \($0.number)" })
        }
        renderer.math = { span, block in self.render(span, block: block) }
        renderer.crossReference = { reference in self.render(reference) }
        renderer.citation = { citation in self.render(citation) }
        renderer.inlineValue = { cell in InlineValueRenderer(path: self.path, run: self.run).render(cell) }
        renderer.codeBlock = { code in
            code.language == "swift" ? "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.highlight(code.code))</code></pre>\n" : nil
        }
        return renderer
    }

    // MARK: Math

    private func render(_ span: MathSpan, block: Bool) -> String {
        let location = SourceLocation(file: path, line: span.line)
        let body = math?.marker(for: Formula(tex: span.tex, display: span.display), at: location)
            ?? "<code class=\"math-source\">\(span.tex.htmlEscaped)</code>"
        guard span.display else { return "<span class=\"math inline\">\(body)</span>" }
        let id = span.label.map { " id=\"\($0.htmlEscaped)\"" } ?? ""
        let number = span.label.flatMap { outline.equations[$0] }
            .map { "<span class=\"eqno\">(\($0.htmlEscaped))</span>" } ?? ""
        let tag = block ? "div" : "span"
        return "<\(tag) class=\"math display\"\(id)>\(body)\(number)</\(tag)>"
    }

    // MARK: Cross-references

    private func render(_ reference: CrossReference) -> String {
        guard let target = labels[reference.label] else {
            warn("reference to unknown label '\(reference.label)'", line: reference.line)
            return "<span class=\"xref-missing\" title=\"Unknown label\">??@\(reference.label.htmlEscaped)</span>"
        }
        let page = target.page == outline.page ? "" : target.page
        return "<a class=\"xref\" href=\"\(page.htmlEscaped)#\(target.anchor.htmlEscaped)\">\(target.text(bare: reference.bare).htmlEscaped)</a>"
    }

    // MARK: Citations

    private func render(_ citation: Citation) -> String {
        if citation.narrative, let item = citation.items.first {
            guard let bibliography, bibliography.contains(item.key) else {
                // `@MainActor` in prose is not a citation; `@grosse2021` with a year is meant as one.
                guard item.key.contains(where: \.isNumber) else { return "@\(item.key.htmlEscaped)" }
                return missing(item.key, line: citation.line)
            }
            cited.insert(item.key)
            let text = "\(bibliography.authors(item.key) ?? item.key) (\(bibliography.year(item.key) ?? ""))"
            return link(item.key, text: text)
        }
        let parts = citation.items.map { item -> String in
            guard let bibliography, bibliography.contains(item.key) else { return missing(item.key, line: citation.line) }
            cited.insert(item.key)
            let year = bibliography.year(item.key) ?? ""
            let text = item.suppressAuthor ? year : "\(bibliography.authors(item.key) ?? item.key) \(year)"
            return link(item.key, text: text) + (item.locator.map { ", \($0.htmlEscaped)" } ?? "")
        }
        return "<span class=\"citation\">(\(parts.joined(separator: "; ")))</span>"
    }

    private func link(_ key: String, text: String) -> String {
        "<a class=\"citation\" href=\"#ref-\(key.htmlEscaped)\">\(text.htmlEscaped)</a>"
    }

    private func missing(_ key: String, line: Int) -> String {
        let reason = bibliography == nil ? "there is no chapters/references.bib" : "it is not in chapters/references.bib"
        warn("unknown citation key '\(key)': \(reason)", line: line)
        return "<span class=\"xref-missing\" title=\"Unknown citation\">??@\(key.htmlEscaped)</span>"
    }

    /// The chapter's reference list: the works cited on the page, sorted, or "" for none.
    func referenceList() -> String {
        guard let bibliography, !cited.isEmpty else { return "" }
        var html = "<section class=\"references\" aria-labelledby=\"references\">\n<h2 id=\"references\">References</h2>\n<ol class=\"reference-list\">\n"
        for key in bibliography.sorted(cited) {
            html += "<li id=\"ref-\(key.htmlEscaped)\">\(bibliography.referenceHTML(key))</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
