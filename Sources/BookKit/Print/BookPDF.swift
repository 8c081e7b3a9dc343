import Foundation

/// `book pdf`: the whole book as one PDF, printed by headless Chromium from the same pages
/// the HTML book shows, so math (KaTeX) and figures (inline SVG) print exactly as they read.
///
/// The chapters are built as for `book build` (from the cache when nothing changed) into a
/// scratch directory inside the cache, never into the HTML book; the result is written to
/// `<output>/book.pdf` in one step, so a failed print leaves any earlier PDF in place.
public struct BookPDF: Sendable {
    public var builder: BookBuilder
    /// `A4` or `letter`.
    public var paper: String
    /// `end` (hints and solutions after each chapter's exercises) or `omit`.
    public var solutions: String

    public init(builder: BookBuilder, paper: String = "A4", solutions: String = "end") {
        self.builder = builder
        self.paper = paper
        self.solutions = solutions
    }

    /// The paper sizes and solution modes `book pdf` accepts.
    public static let papers = PrintDocument.Paper.allCases.map(\.rawValue)
    public static let solutionModes = PrintDocument.Solutions.allCases.map(\.rawValue)

    /// Builds and prints the book; returns the chapters' reports and the PDF's display path.
    public func make(events: @escaping @Sendable (BuildEvent) -> Void = { _ in }) throws -> (reports: [ChapterReport], pdf: String) {
        guard let paper = PrintDocument.Paper.allCases.first(where: { $0.rawValue.lowercased() == self.paper.lowercased() }) else {
            throw BookError.io("unknown paper size '\(self.paper)'; use one of: \(BookPDF.papers.joined(separator: ", "))")
        }
        guard let solutions = PrintDocument.Solutions(rawValue: solutions.lowercased()) else {
            throw BookError.io("unknown --solutions '\(self.solutions)'; use one of: \(BookPDF.solutionModes.joined(separator: ", "))")
        }
        let chromium = try Chromium.locate()
        let options = builder.options
        let scratch = options.resolve("\(options.cacheDirectory)/print-\(getpid())")
        Interruption.shared.removeOnInterrupt(scratch)
        defer {
            try? FileManager.default.removeItem(atPath: scratch)
            Interruption.shared.keepOnInterrupt(scratch)
        }
        var scratchBuilder = builder
        scratchBuilder.options.outputDirectory = scratch
        let reports = try scratchBuilder.build(events: events)

        let index = try read("\(scratch)/index.html")
        let files = BookPDF.pageOrder(inLanding: index)
        guard !files.isEmpty else { throw PrintError.noPages }
        let pages = try files.map { PrintDocument.Page(file: $0, html: try read("\(scratch)/\($0)")) }
        let landing = PrintDocument.withoutHeadingAnchors(PrintDocument.article(in: index))
        let document = PrintDocument(bookTitle: PrintDocument.firstHeading(in: landing) ?? "Book",
                                     introduction: BookPDF.introduction(inLanding: index), pages: pages,
                                     paper: paper, solutions: solutions)
        let head = """
        <link rel="stylesheet" href="\(KaTeXAssets.directory)/katex.min.css">
        <link rel="stylesheet" href="assets/book.css">
        """
        try Data(document.html(head: head).utf8).write(to: URL(fileURLWithPath: "\(scratch)/print.html"))
        try chromium.print(html: "\(scratch)/print.html", to: "\(scratch)/book.pdf")
        let display = "\(options.outputDirectory)/book.pdf"
        try install("\(scratch)/book.pdf", into: options.resolve(options.outputDirectory), display: display)
        return (reports, display)
    }

    /// The book's pages in reading order: the links of the landing page's sidebar, which
    /// lists every chapter and appendix.
    static func pageOrder(inLanding html: String) -> [String] {
        guard let start = html.range(of: "<nav class=\"sidebar\""), let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else {
            return []
        }
        let sidebar = html[start.upperBound..<end.lowerBound]
        var seen: Set<String> = ["index.html"], order: [String] = []
        var rest = sidebar[...]
        while let href = rest.range(of: "href=\"") {
            let valueEnd = rest[href.upperBound...].firstIndex(of: "\"") ?? rest.endIndex
            let target = String(rest[href.upperBound..<valueEnd]).split(separator: "#").first.map(String.init) ?? ""
            if target.hasSuffix(".html"), !target.contains("/"), seen.insert(target).inserted { order.append(target) }
            rest = rest[valueEnd...]
        }
        return order
    }

    /// The landing page's text between its title and its list of chapters.
    static func introduction(inLanding html: String) -> String {
        let article = PrintDocument.article(in: html)
        guard let titleEnd = article.range(of: "</h1>") else { return "" }
        let end = article.range(of: "<h2 id=\"chapters\"")?.lowerBound ?? article.endIndex
        return titleEnd.upperBound < end ? String(article[titleEnd.upperBound..<end]) : ""
    }

    private func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BookError.unreadable(path: path, reason: "the scratch build did not write it")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes the printed PDF to `directory/book.pdf` in one step (`AtomicFile`), creating the
    /// directory, marked as written by book so that a later `book build` may replace it, if needed.
    private func install(_ pdf: String, into directory: String, display: String) throws {
        guard let data = FileManager.default.contents(atPath: pdf) else {
            throw BookError.io("cannot read the printed PDF before writing '\(display)'")
        }
        if !FileManager.default.fileExists(atPath: directory) {
            try AtomicFile.write(Data(), to: "\(directory)/\(OutputDirectory.marker)")
        }
        try AtomicFile.write(data, to: "\(directory)/book.pdf")
    }
}
