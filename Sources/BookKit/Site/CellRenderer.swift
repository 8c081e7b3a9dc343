import BookProtocol

/// Renders a cell: its code (unless hidden), then its outputs in the order produced,
/// then an error box when the chapter program failed in or before it.
struct CellRenderer {
    var chapter: Chapter
    var run: ChapterRun

    func render(_ cell: Cell) -> String {
        var html = "<div class=\"cell\" id=\"cell-\(cell.index)\">\n"
        if cell.options.echo {
            let code = "<pre class=\"code\"><code class=\"language-swift\">\(cell.displayCode.htmlEscaped)</code></pre>\n"
            html += cell.options.fold
                ? "<details class=\"code-fold\"><summary>Show code</summary>\n\(code)</details>\n"
                : code
        }
        let diagnostics = run.compilerDiagnostics.filter {
            $0.file == chapter.path && cell.lines.contains($0.line) && $0.severity != "note"
        }
        if !diagnostics.isEmpty {
            html += "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This cell does not compile</p>\n"
            html += "<pre>\(diagnostics.map(\.description).joined(separator: "\n").htmlEscaped)</pre></div>\n"
        }
        if cell.options.output, let items = run.cells[cell.index] {
            html += items.map(render).joined()
        }
        html += failureNote(for: cell)
        return html + "</div>\n"
    }

    private func render(_ item: CellItem) -> String {
        switch item {
        case let .text(text, truncated):
            let note = truncated ? "\n<span class=\"truncated\">[output truncated: the cell printed more than the per-cell limit]</span>" : ""
            return "<pre class=\"output\">\(text.htmlEscaped)\(note)</pre>\n"
        case .figure(let figure):
            let caption = figure.caption.map { "<figcaption>\($0.htmlEscaped)</figcaption>" } ?? ""
            return "<figure class=\"figure\">\(figure.svg)\(caption)</figure>\n"
        case .check(let check):
            let detail = check.detail.isEmpty ? "" : " <span class=\"check-detail\">\(check.detail.htmlEscaped)</span>"
            return check.passed
                ? "<div class=\"check pass\"><span class=\"badge\">✓ check</span> \(check.claim.htmlEscaped)\(detail)</div>\n"
                : "<div class=\"check fail\" role=\"alert\"><span class=\"badge\">✗ check failed</span> \(check.claim.htmlEscaped)\(detail) <span class=\"check-location\">\(check.location.htmlEscaped)</span></div>\n"
        case .table(let table):
            var html = "<div class=\"table-wrap\"><table class=\"result\">"
            if let caption = table.caption { html += "<caption>\(caption.htmlEscaped)</caption>" }
            html += "<thead><tr>" + table.header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead><tbody>"
            for row in table.rows { html += "<tr>" + row.map { "<td>\($0.htmlEscaped)</td>" }.joined() + "</tr>" }
            return html + "</tbody></table></div>\n"
        }
    }

    private func failureNote(for cell: Cell) -> String {
        switch run.failure {
        case .crashed(let failed, let reason) where failed == cell.index:
            return "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">This cell stopped the chapter</p><p>\(reason.htmlEscaped). Cells after it did not run.</p></div>\n"
        case .timedOut(let failed, let seconds) where failed == cell.index:
            return "<div class=\"cell-error\" role=\"alert\"><p class=\"error-title\">Timed out</p><p>This cell was still running when the chapter's time limit of \(Int(seconds)) s ran out. Cells after it did not run.</p></div>\n"
        case .some where run.cells[cell.index] == nil && run.failure != .compile:
            return "<div class=\"cell-skipped\">Not run: an earlier cell failed.</div>\n"
        default:
            return ""
        }
    }
}
