import BookProtocol

/// Renders a cell: its highlighted code (unless hidden), then its outputs in the order
/// produced, numbered figures and tables with captions, failed checks in place and the
/// passed ones as one compact summary, then an error box when the program failed in or
/// before it.
struct CellRenderer {
    var chapter: Chapter
    var run: ChapterRun
    var context: PageContext
    var renderer: HTMLRenderer

    func render(_ cell: Cell) -> String {
        // A labelled cell without its figure (or table) carries the label's anchor itself.
        let items = cell.options.output ? run.cells[cell.index] : nil
        let labelsOutput = items?.contains { item in
            if case .figure = item { return true }
            if case .table = item { return true }
            return false
        } ?? false
        let id = cell.options.label.flatMap { labelsOutput ? nil : $0 } ?? "cell-\(cell.index)"
        var html = "<div class=\"cell\" id=\"\(id.htmlEscaped)\">\n"
        if cell.options.echo {
            let code = "<pre class=\"code\"><code class=\"language-swift\">\(SwiftHighlighter.highlight(cell.displayCode))</code></pre>\n"
            html += cell.options.fold
                ? "<details class=\"code-fold\"><summary>Show code</summary>\n\(code)</details>\n"
                : code
        }
        let diagnostics = run.compilerDiagnostics.filter {
            $0.file == chapter.path && cell.contains($0.location) && $0.severity == .error
        }
        if !diagnostics.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This cell does not compile</p>\n"
            html += "<pre>\(diagnostics.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        if let items {
            html += outputs(items, of: cell)
        }
        html += failureNote(for: cell)
        return html + "</div>\n"
    }

    private func outputs(_ items: [CellItem], of cell: Cell) -> String {
        var html = ""
        var figures = 0, tables = 0, checks = 0
        let anchors = CheckAnchors(run: run)
        var passed: [(check: CheckRecord, id: String)] = []
        for item in items {
            switch item {
            case let .text(text, truncated):
                let note = truncated ? "\n<span class=\"truncated\">[output truncated: the cell printed more than the per-cell limit]</span>" : ""
                html += "<pre class=\"output\">\(text.htmlEscaped)\(note)</pre>\n"
            case .figure(let figure):
                html += render(figure, ordinal: figures, of: cell)
                figures += 1
            case .table(let table):
                html += render(table, ordinal: tables, of: cell)
                tables += 1
            case .value:
                // Only inline values produce values; they are rendered in the prose.
                break
            case .check(let check):
                // Every check has an anchor, for the claims index's links.
                let id = anchors.anchor(cell: cell.index, ordinal: checks).map { " id=\"\($0.htmlEscaped)\"" } ?? ""
                checks += 1
                if check.passed {
                    passed.append((check, id))
                    continue
                }
                html += "<div class=\"check fail\"\(id) role=\"alert\"><p class=\"check-title\"><span class=\"badge\">✗</span> Check failed: \(check.claim.htmlEscaped)</p>"
                if !check.detail.isEmpty { html += "<p class=\"check-detail\">\(check.detail.htmlEscaped)</p>" }
                html += "<p class=\"check-location\">\(check.location.htmlEscaped)</p></div>\n"
            }
        }
        if !passed.isEmpty {
            let noun = passed.count == 1 ? "check" : "checks"
            html += "<details class=\"checks\"><summary><span class=\"badge\">✓</span> \(passed.count) \(noun) passed</summary>\n<ul>\n"
            for (check, id) in passed {
                let detail = check.detail.isEmpty ? "" : " <span class=\"check-detail\">\(check.detail.htmlEscaped)</span>"
                html += "<li\(id)>\(check.claim.htmlEscaped)\(detail)</li>\n"
            }
            html += "</ul></details>\n"
        }
        return html
    }

    private func render(_ figure: FigureRecord, ordinal: Int, of cell: Cell) -> String {
        let numbered = context.outline.figures[ChapterOutline.CellItemKey(cell: cell.index, ordinal: ordinal)]
        let id = numbered.map { " id=\"\($0.id.htmlEscaped)\"" } ?? ""
        var caption = ""
        if let text = FigureCaption.text(for: figure, ordinal: ordinal, options: cell.options) {
            let number = numbered.map { "<span class=\"caption-number\">Figure \($0.number.htmlEscaped):</span> " } ?? ""
            let captionText = ordinal == 0 && cell.options.caption != nil ? optionCaptionHTML(cell) : programCaptionHTML(text, cell: cell)
            caption = "<figcaption>\(number)\(captionText)</figcaption>"
        } else if let numbered {
            caption = "<figcaption><span class=\"caption-number\">Figure \(numbered.number.htmlEscaped)</span></figcaption>"
        }
        return "<figure class=\"figure\"\(id)>\(figure.svg)\(caption)</figure>\n"
    }

    private func render(_ table: TableRecord, ordinal: Int, of cell: Cell) -> String {
        let numbered = context.outline.cellTables[ChapterOutline.CellItemKey(cell: cell.index, ordinal: ordinal)]
        let id = numbered.map { " id=\"\($0.id.htmlEscaped)\"" } ?? ""
        var html = "<div class=\"table-wrap\"><table class=\"result\"\(id)>"
        if table.caption != nil || (numbered != nil && cell.options.caption != nil) {
            let number = numbered.map { "<span class=\"caption-number\">Table \($0.number.htmlEscaped):</span> " } ?? ""
            let captionText = table.caption.map { programCaptionHTML($0, cell: cell) } ?? optionCaptionHTML(cell)
            html += "<caption>\(number)\(captionText)</caption>"
        }
        html += "<thead><tr>" + table.header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead><tbody>"
        for row in table.rows { html += "<tr>" + row.map { "<td>\($0.htmlEscaped)</td>" }.joined() + "</tr>" }
        return html + "</tbody></table></div>\n"
    }

    /// The cell's `//| caption:` as parsed when the chapter was read (math, emphasis,
    /// references, inline values): for its first figure, or its labelled table.
    private func optionCaptionHTML(_ cell: Cell) -> String {
        renderer.renderUnwrapped(cell.caption ?? [])
    }

    /// A caption the program gave (`show(_:caption:)`), known only after the run: read as
    /// Markdown now, with warnings at the cell.
    private func programCaptionHTML(_ text: String, cell: Cell) -> String {
        renderer.renderUnwrapped(CommonMarkParser.parse(text, firstLine: cell.firstLine).blocks)
    }

    private func failureNote(for cell: Cell) -> String {
        switch run.failure {
        case .crashed(let failed, let reason) where failed == cell.index:
            return "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This cell stopped the chapter</p><p>\(reason.htmlEscaped). Cells after it did not run.</p></div>\n"
        case .timedOut(let failed, let seconds) where failed == cell.index:
            return "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">Timed out</p><p>This cell was still running when the chapter's time limit of \(Int(seconds)) s ran out. Cells after it did not run.</p></div>\n"
        case .notSelected:
            return "<div class=\"cell-skipped\">Not run in this build.</div>\n"
        case .some where run.cells[cell.index] == nil && run.failure != .compile:
            return "<div class=\"cell-skipped\">Not run: an earlier cell failed.</div>\n"
        default:
            return ""
        }
    }
}
