/// Renders one chapter: its prose through the Markdown renderer, each cell with its results.
struct ChapterPage {
    var chapter: Chapter
    var run: ChapterRun

    func body() -> String {
        let cells = Dictionary(chapter.cells.map { ($0.firstLine, $0) }, uniquingKeysWith: { first, _ in first })
        let cellRenderer = CellRenderer(chapter: chapter, run: run)
        var renderer = HTMLRenderer()
        renderer.codeBlock = { code in
            guard Chapter.isCell(code), let cell = cells[code.firstCodeLine] else { return nil }
            return cellRenderer.render(cell)
        }
        var slugs = SlugAllocator()
        renderer.headingID = { _, content, _ in slugs.allocate(for: content.plainText) }

        var html = ""
        let stray = run.compilerDiagnostics.filter { $0.severity == "error" && chapter.cell(containing: $0.line) == nil }
        if !stray.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This chapter does not compile</p>"
            html += "<pre>\(stray.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        if case .launch(let message) = run.failure {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">The chapter could not run</p><pre>\(message.htmlEscaped)</pre></div>\n"
        }
        let errors = chapter.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">Problems in this chapter's Markdown</p>"
            html += "<pre>\(errors.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        return html + renderer.render(chapter.document)
    }
}

/// Unique, readable anchors for headings: "Gradient descent" -> "gradient-descent", then "-2", ...
struct SlugAllocator {
    private var used: [String: Int] = [:]

    mutating func allocate(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count + 1)"
    }
}
