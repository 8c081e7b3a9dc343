import Foundation
import Plot

/// Renders every page of the book, as a map from output-relative path to file contents,
/// with the warnings found on the way (bad TeX, unknown labels and citation keys,
/// duplicate labels, bibliography syntax).
///
/// Two passes: first every chapter's outline (numbers and labels) is built, so that
/// references resolve across chapters; then the pages are rendered, with markers where
/// formulas go. All formulas of the book are then typeset in one KaTeX process (only
/// those not in the math cache; none when all are) and put into the pages.
struct SiteRenderer {
    /// The chapters directory, for `references.bib`; nil for none.
    var chaptersDirectory: String?
    /// How diagnostics name the chapters directory, e.g. `chapters`.
    var chaptersDisplayPath = "chapters"
    var katex = KaTeX.Installation.locate()
    /// Typeset formulas of earlier builds; nil for none.
    var mathCache: MathCache?
    /// Take formulas from `mathCache` (`--no-cache` turns this off; they are still stored).
    var useCache = true
    /// What the book was built with, for the claims index's colophon.
    var facts = BuildFacts()
    /// Pages reload themselves after a rebuild (`book watch`).
    var liveReload = false

    struct Output {
        var files: [String: Data]
        /// Sorted by file and line; each distinct warning once.
        var diagnostics: [Diagnostic]
        /// Distinct formulas in the book, and how many of them came from the math cache.
        var formulas = 0, cachedFormulas = 0
    }

    func render(reports: [ChapterReport], landing: Chapter?) -> Output {
        let outlines = reports.enumerated().map { offset, report in
            ChapterOutline(chapter: report.chapter, run: report.run, number: SiteRenderer.number(of: report.chapter, position: offset))
        }
        let claimsLetter = ClaimsIndex.letter(after: outlines)
        var labels = LabelIndex(chapters: Array(zip(reports.map(\.chapter), outlines)))
        labels.addGeneratedAppendix(slug: ClaimsIndex.slug, letter: claimsLetter, anchor: "claims-index")
        var diagnostics = labels.diagnostics
        let bibliography = loadBibliography(diagnostics: &diagnostics)
        let math = MathRegistry()
        func context(_ chapter: Chapter, _ outline: ChapterOutline, _ run: ChapterRun? = nil) -> PageContext {
            let context = PageContext(path: chapter.path, outline: outline, labels: labels, bibliography: bibliography, math: math)
            context.run = run
            return context
        }

        let chapterEntries = zip(reports, outlines).map { report, outline in
            let renderer = context(report.chapter, outline, report.run).renderer()
            let title = outline.sections.first { $0.level == 1 }.map { renderer.render($0.title) } ?? report.chapter.title.htmlEscaped
            let sections = outline.sections.filter { $0.level == 2 && $0.number != nil }
                .map { (number: $0.number!, id: $0.id, title: renderer.render($0.title)) }
            return Navigation.Entry(slug: report.chapter.slug, number: outline.number, isAppendix: outline.isAppendix,
                                    title: title, sections: sections)
        }
        let claimsEntry = Navigation.Entry(slug: ClaimsIndex.slug, number: claimsLetter, isAppendix: true,
                                           title: ClaimsIndex.title, sections: [])
        let navigation = Navigation(chapters: chapterEntries + [claimsEntry])
        let landingOutline = landing.map { ChapterOutline(chapter: $0, run: ChapterRun(), number: nil) }
        var bookTitleHTML = "Book"
        if let landing, let heading = landingOutline?.sections.first(where: { $0.level == 1 }) {
            bookTitleHTML = context(landing, landingOutline!).renderer().render(heading.title)
        }
        let bookTitle = landing?.title ?? "Book"
        let template = PageTemplate(bookTitle: bookTitleHTML)

        var pages: [String: String] = [:]
        var search = SearchIndex()
        for (report, outline) in zip(reports, outlines) {
            let chapter = report.chapter
            let page = context(chapter, outline, report.run)
            let body = ChapterPage(chapter: chapter, run: report.run, context: page).body()
            diagnostics += page.diagnostics
            pages[outline.page] = template.page(title: "\(chapter.title) · \(bookTitle)", body: body,
                                                sidebar: navigation.sidebar(current: chapter.slug),
                                                pager: navigation.pager(current: chapter.slug))
            search.add(chapter, outline: outline)
        }
        let claims = ClaimsIndex(reports: reports, outlines: outlines, entries: chapterEntries, facts: facts)
        pages["\(ClaimsIndex.slug).html"] = template.page(title: "\(ClaimsIndex.title) · \(bookTitle)",
                                                         body: claims.body(letter: claimsLetter),
                                                         sidebar: navigation.sidebar(current: ClaimsIndex.slug),
                                                         pager: navigation.pager(current: ClaimsIndex.slug))
        var landingBody = "<h1>\(bookTitleHTML)</h1>\n" + navigation.chapterList()
        if let landing, let landingOutline {
            let page = context(landing, landingOutline)
            landingBody = page.renderer().render(landing.document) + navigation.chapterList() + page.referenceList()
            diagnostics += landing.diagnostics + page.diagnostics
        }
        pages["index.html"] = template.page(title: bookTitle, body: landingBody,
                                            sidebar: navigation.sidebar(current: nil), pager: "")

        diagnostics += math.typeset(with: katex.map {
            CachingTypesetter(renderer: KaTeX(installation: $0), cache: mathCache, useCache: useCache)
        })
        var files = pages.mapValues { Data(math.substitute(in: $0).utf8) }
        if liveReload { files = LiveReload.instrument(files) }
        // Figures are styled by the Plot library's classes and CSS variables.
        files["assets/book.css"] = Data((Stylesheet.css + "\n" + Stylesheet.callouts + "\n" + Figure.stylesheet).utf8)
        files["assets/book.js"] = Data(BookScript.file.utf8)
        files[SearchIndex.path] = search.script()
        if let katex {
            do {
                files.merge(try KaTeXAssets.files(from: katex)) { first, _ in first }
            } catch {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: chaptersDisplayPath, line: 1), "\(error)"))
            }
        }
        return Output(files: files, diagnostics: SiteRenderer.sortedUnique(diagnostics),
                      formulas: math.count, cachedFormulas: math.cachedCount)
    }

    /// The number in the file name (`03-x.md` is Chapter 3), the letter of an appendix
    /// (`A-notation.md` is Appendix A), else the position in the book.
    static func number(of chapter: Chapter, position: Int) -> String {
        if let letter = appendixLetter(of: chapter.slug) { return letter }
        return String(Int(chapter.slug.prefix { $0.isASCII && $0.isNumber }) ?? position + 1)
    }

    /// "A" for `A-notation`: one capital ASCII letter, then `-` or `_`.
    static func appendixLetter(of slug: String) -> String? {
        let characters = Array(slug)
        guard characters.count >= 2, characters[0].isASCII, characters[0].isUppercase,
              characters[1] == "-" || characters[1] == "_" else { return nil }
        return String(characters[0])
    }

    private func loadBibliography(diagnostics: inout [Diagnostic]) -> Bibliography? {
        guard let chaptersDirectory else { return nil }
        let path = "\(chaptersDirectory)/references.bib"
        let displayPath = "\(chaptersDisplayPath)/references.bib"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: displayPath, line: 1), "cannot read the bibliography"))
            return nil
        }
        let (entries, problems) = BibTeXParser.parse(String(decoding: data, as: UTF8.self))
        diagnostics += problems.map { Diagnostic(.warning, at: SourceLocation(file: displayPath, line: $0.line), $0.message) }
        return Bibliography(entries: entries)
    }

    private static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics
            .filter { seen.insert($0.description).inserted }
            .sorted { ($0.location.file, $0.location.line, $0.description) < ($1.location.file, $1.location.line, $1.description) }
    }
}
