import Foundation

/// The whole book as one HTML document for a browser to print: a title page, a table of
/// contents with links, then every page of the book in reading order, each starting on a
/// new page with its title in the running header.
///
/// It is assembled from the pages the site renderer wrote, so the printed book shows
/// exactly what the HTML book shows. Joining pages needs two rewrites: every `id` of a page
/// gets a short document-wide name (`AnchorNames`: two pages may both have a `figure-1`), and
/// every link to a page of the book (`03-metrics.html#eq-x`) becomes a link inside the document.
struct PrintDocument {
    /// One page of the book: its file name and its HTML.
    struct Page {
        var file: String
        var html: String
    }

    /// What happens to the folded hints and solutions of exercises.
    enum Solutions: String, CaseIterable, Sendable {
        /// Printed together at the end of each chapter, under the exercise's number.
        case end
        /// Left out.
        case omit
    }

    /// Paper sizes Chromium prints on; the CSS `size` keyword.
    enum Paper: String, CaseIterable, Sendable {
        case a4 = "A4"
        case letter = "letter"
    }

    var bookTitle: String
    /// The landing page's introduction (HTML), printed on the title page.
    var introduction: String
    var pages: [Page]
    var paper: Paper = .a4
    var solutions: Solutions = .end

    /// The complete document. `head` holds the stylesheet links, relative to where it is written.
    func html(head: String) -> String {
        var toc = "<nav class=\"print-toc\" aria-label=\"Contents\">\n<h2 class=\"print-toc-title\">Contents</h2>\n<ol>\n"
        var body = ""
        var pageStyles = ""
        let articles = pages.map { page in
            PrintDocument.moveSolutions(in: PrintDocument.openFoldedCode(PrintDocument.withoutHeadingAnchors(PrintDocument.article(in: page.html))),
                                        mode: solutions)
        }
        let anchors = AnchorNames(pages: zip(pages, articles).map { ($0.file, $1) })
        for (index, (page, article)) in zip(pages, articles).enumerated() {
            let title = PrintDocument.firstHeading(in: article) ?? page.file
            let top = anchors.top(of: page.file) ?? "p\(index)"
            toc += "<li><a href=\"#\(top)\">\(title)</a></li>\n"
            let running = PrintDocument.cssString(PrintDocument.plainText(title))
            pageStyles += "@page page\(index) { @top-right { content: \(running); } }\n"
            let rewritten = PrintDocument.rewriteReferences(article, file: page.file, anchors: anchors)
            body += "<section class=\"print-page\" style=\"page: page\(index)\" id=\"\(top)\">\n\(rewritten)\n</section>\n"
        }
        toc += "</ol>\n</nav>\n"
        return """
        <!DOCTYPE html>
        <html lang="en" data-theme="light">
        <head>
        <meta charset="utf-8">
        <title>\(PrintDocument.plainText(bookTitle).htmlEscaped)</title>
        \(head)
        <style>
        \(PrintStylesheet.css(paper: paper))
        \(pageStyles)</style>
        </head>
        <body class="print">
        <section class="print-title-page">
        <h1 class="print-book-title">\(bookTitle)</h1>
        \(introduction)
        </section>
        \(toc)\(body)</body>
        </html>

        """
    }

    /// The contents of the page's `<article>`, or the whole page if it has none.
    static func article(in html: String) -> String {
        guard let open = html.range(of: "<article>"), let close = html.range(of: "</article>", options: .backwards),
              open.upperBound <= close.lowerBound else { return html }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// The inner HTML of the first `<h1>`, the page's title.
    static func firstHeading(in html: String) -> String? {
        guard let start = html.range(of: "<h1"), let end = html.range(of: "</h1>", range: start.upperBound..<html.endIndex),
              let close = html.range(of: ">", range: start.upperBound..<end.lowerBound) else { return nil }
        return String(html[close.upperBound..<end.lowerBound])
    }

    /// Text without tags, with the entities the renderer writes decoded.
    static func plainText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        // Typeset math keeps its TeX source in an annotation; the visible glyph spans suffice.
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A CSS string literal.
    static func cssString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The headings' "#" links, which mean nothing on paper and would enter the PDF outline.
    static func withoutHeadingAnchors(_ html: String) -> String {
        html.replacingOccurrences(of: #"<a class="anchor"[^>]*>#</a>"#, with: "", options: .regularExpression)
    }

    /// Folded code (`//| fold: true`) is unfolded on paper, where nothing can be clicked open.
    static func openFoldedCode(_ html: String) -> String {
        html.replacingOccurrences(of: "<details class=\"code-fold\">", with: "<details class=\"code-fold\" open>")
    }
}
