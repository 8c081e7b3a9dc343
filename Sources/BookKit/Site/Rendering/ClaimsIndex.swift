import BookProtocol

/// The claims index, an appendix generated from the build: every `check` of the book by
/// chapter, with the claim's words, the measured value, the expected value or bound, whether
/// it held, and a link to the badge where the chapter makes it; then a colophon saying what
/// the book was built with. It reads only the chapters' results, so cached results serve.
struct ClaimsIndex {
    /// The page is `claims.html`; `@app-claims` refers to it.
    static let slug = "claims"
    static let title = "Claims index"

    var reports: [ChapterReport]
    var outlines: [ChapterOutline]
    /// Navigation entries of the chapters, for their numbers and titles.
    var entries: [Navigation.Entry]
    var facts: BuildFacts

    /// The letter after the book's last appendix ("A" for a book without appendices).
    static func letter(after outlines: [ChapterOutline]) -> String {
        let last = outlines.filter(\.isAppendix).compactMap { $0.number?.unicodeScalars.first?.value }.max()
        return last.flatMap { UnicodeScalar($0 + 1) }.map { String(Character($0)) } ?? "A"
    }

    func body(letter: String) -> String {
        let all = reports.flatMap(\.run.checks)
        let failed = all.filter { !$0.passed }.count
        let claiming = reports.filter { !$0.run.checks.isEmpty }.count
        let notRun = reports.filter { $0.run.failure != nil && $0.run.failure != .compile }.count
        var html = "<h1 id=\"claims-index\"><span class=\"secnum\">Appendix \(letter.htmlEscaped)</span> \(Self.title)</h1>\n"
        html += "<p>Every claim the book makes with <code>check(...)</code>, as measured when the book was built: "
        html += "\(all.count) \(all.count == 1 ? "claim" : "claims") in \(claiming) \(claiming == 1 ? "chapter" : "chapters"), "
        html += "\(all.count - failed) held, \(failed) failed."
        if notRun > 0 { html += " \(notRun) \(notRun == 1 ? "chapter" : "chapters") did not run to the end, so some claims may be missing." }
        html += " Each claim links to the place where the chapter makes it.</p>\n"
        // An appendix that ran and makes no claims (a notation table) is left out.
        for (report, (outline, entry)) in zip(reports, zip(outlines, entries))
        where !(outline.isAppendix && report.run.failure == nil && report.run.checks.isEmpty) {
            html += section(report, outline: outline, entry: entry)
        }
        return html + colophon()
    }

    private func section(_ report: ChapterReport, outline: ChapterOutline, entry: Navigation.Entry) -> String {
        let id = "claims-\(report.chapter.slug)"
        var html = "<h2 id=\"\(id.htmlEscaped)\">"
        if let number = outline.number { html += "<span class=\"secnum\">\(number.htmlEscaped)</span> " }
        html += "<a href=\"\(outline.page.htmlEscaped)\">\(entry.title)</a></h2>\n"
        if report.run.failure == .notSelected {
            return html + "<p class=\"cell-skipped\">Not run in this build, and no cached results.</p>\n"
        }
        let anchors = CheckAnchors(run: report.run)
        var rows = ""
        for cell in report.run.cells.keys.sorted() {
            let checks = report.run.cells[cell, default: []].compactMap { item -> CheckRecord? in
                if case .check(let check) = item { return check }
                return nil
            }
            for (ordinal, check) in checks.enumerated() {
                let detail = CheckDetail(check.detail)
                let anchor = anchors.anchor(cell: cell, ordinal: ordinal).map { "#\($0)" } ?? ""
                let result = check.passed ? "<span class=\"badge\">✓</span> held" : "<span class=\"badge\">✗</span> failed"
                rows += "<tr class=\"\(check.passed ? "pass" : "fail")\"><td><a href=\"\((outline.page + anchor).htmlEscaped)\">\(check.claim.htmlEscaped)</a>"
                rows += "<span class=\"claim-location\">\(check.location.htmlEscaped)</span></td>"
                rows += "<td class=\"claim-value\">\(detail.measured.htmlEscaped)</td><td class=\"claim-value\">\(detail.expected.htmlEscaped)</td>"
                rows += "<td class=\"result\">\(result)</td></tr>\n"
            }
        }
        if rows.isEmpty {
            let reason = report.run.failure == nil ? "This chapter makes no checked claims." : "No claims: the chapter did not run."
            return html + "<p>\(reason)</p>\n"
        }
        html += "<div class=\"table-wrap\"><table class=\"claims\">\n<thead><tr><th>Claim</th><th>Measured</th><th>Expected</th><th>Result</th></tr></thead>\n<tbody>\n"
        return html + rows + "</tbody></table></div>\n"
    }

    private func colophon() -> String {
        let items = [
            ("Commit", facts.commit),
            ("Compiler", facts.compiler),
            ("BLAS", facts.blas),
            ("Kernel", facts.kernel),
            ("Seeds", "Every random number comes from the engine's seeded generator, and every experiment fixes its seed in its cell, so a rebuild reproduces every number on the same machine and libraries. A claim's tolerance comes from theory or from the spread over at least five seeds, never from the one value shown."),
        ]
        var html = "<h2 id=\"colophon\">Colophon</h2>\n<p>This book was built with:</p>\n<dl class=\"colophon\">\n"
        for (term, value) in items {
            html += "<dt>\(term)</dt><dd>\(term == "Seeds" ? value.htmlEscaped : "<code>\(value.htmlEscaped)</code>")</dd>\n"
        }
        return html + "</dl>\n"
    }
}
