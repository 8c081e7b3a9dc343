/// The print layout, added after the book's own stylesheet: pages with margins, page
/// numbers and a running head, each chapter on a new page, figures and tables kept whole
/// and with their captions, code wrapped rather than cut off, light colours only, and the
/// screen furniture (navigation, buttons, search) hidden.
enum PrintStylesheet {
    static func css(paper: PrintDocument.Paper) -> String {
        """
        @page { size: \(paper.rawValue); margin: 22mm 18mm 22mm 18mm;
          @bottom-center { content: counter(page); font: 9pt "DejaVu Sans", sans-serif; color: #555; }
          @top-right { font: italic 9pt "DejaVu Serif", serif; color: #555; } }
        @page title { @bottom-center { content: none; } @top-right { content: none; } }
        :root { color-scheme: light; }
        html, body { background: #fff !important; color: #111 !important; }
        body.print { font-size: 10.5pt; }
        .topbar, .sidebar, .pager, .skip-link, .theme-toggle, .search, .nav-toggle, .menu-button,
        .heading-anchor, .copy-button { display: none !important; }
        .print-title-page { page: title; break-after: page; padding-top: 30%; text-align: center; }
        .print-book-title { font-size: 28pt; margin-bottom: 2rem; }
        .print-title-page p { max-width: 32em; margin: 0 auto; text-align: left; }
        .print-toc { page: title; break-after: page; }
        .print-toc ol { font-size: 12pt; line-height: 2; }
        .print-toc a { color: inherit; text-decoration: none; }
        .print-page { break-before: page; }
        .print-page h1 { margin-top: 0; }
        /* Inline, so that the PDF outline (taken from the rendered heading) reads "Chapter 1 Title". */
        .print-page h1 .secnum { display: inline; text-transform: none; letter-spacing: 0; font-size: inherit; color: inherit; margin: 0; }
        h1, h2, h3, h4 { break-after: avoid; }
        figure, table, .table-wrap, .katex-display, .callout, .cell-output, .checks, img, svg { break-inside: avoid; }
        /* Code may run over a page break (a long cell would otherwise leave half a page empty),
           but not leave a lone line on either side. */
        pre { break-inside: auto; orphans: 4; widows: 4; }
        figure figcaption { break-before: avoid; }
        /* A table longer than a page (the claims index) must break; its rows stay whole. */
        table.claims, .table-wrap:has(table.claims) { break-inside: auto; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        pre, code { white-space: pre-wrap !important; overflow-wrap: anywhere; word-break: break-word; }
        pre { overflow: visible !important; max-height: none !important; }
        .katex-display, .equation, .math-display { overflow: visible !important; }
        a { color: #0b4f8a; text-decoration: none; }
        details > summary { list-style: none; }
        details > summary::-webkit-details-marker { display: none; }
        .print-solutions { break-before: page; }
        .print-solution { break-inside: avoid; margin: 0 0 1rem; }
        .print-solution-exercise { font-weight: 600; margin-bottom: .2rem; }
        svg { max-width: 100%; height: auto; }

        """
    }
}
