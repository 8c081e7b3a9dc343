/// Renders one chapter's article: problems that stop it, its prose through the Markdown
/// renderer with numbered headings, equations, tables and resolved references, each cell
/// with its results, and the list of works it cites.
struct ChapterPage {
    var chapter: Chapter
    var run: ChapterRun
    var context: PageContext

    /// A page outside a book (for `book markdown`): nothing to reference, math as TeX source.
    init(chapter: Chapter, run: ChapterRun) {
        let outline = ChapterOutline(chapter: chapter, run: run, number: nil)
        self.init(chapter: chapter, run: run,
                  context: PageContext(path: chapter.path, outline: outline, labels: LabelIndex(chapters: [(chapter, outline)]),
                                       bibliography: nil, math: nil))
    }

    init(chapter: Chapter, run: ChapterRun, context: PageContext) {
        self.chapter = chapter
        self.run = run
        self.context = context
    }

    func body() -> String {
        var renderer = context.renderer()
        let cellRenderer = CellRenderer(chapter: chapter, run: run, context: context, renderer: renderer)
        let plainCode = renderer.codeBlock
        renderer.codeBlock = { code in
            guard let cell = code.cell else { return plainCode(code) }
            return cellRenderer.render(cell)
        }

        var html = ""
        let stray = run.compilerDiagnostics.filter { $0.severity == .error && chapter.cell(containing: $0.line) == nil }
        if !stray.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This chapter does not compile</p>"
            html += "<pre>\(stray.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        if run.failure == .notSelected {
            html += "<p class=\"cell-skipped\">This chapter was not run in this build: the build named other chapters, "
                + "and the cache holds no results for this chapter's current code. Run <code>book build</code> to run every chapter.</p>\n"
        }
        if case .launch(let message) = run.failure {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">The chapter could not run</p><pre>\(message.htmlEscaped)</pre></div>\n"
        }
        let errors = chapter.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">Problems in this chapter's Markdown</p>"
            html += "<pre>\(errors.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        html += renderer.render(chapter.document)
        return html + context.referenceList()
    }
}
