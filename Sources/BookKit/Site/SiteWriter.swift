import Foundation

/// Renders all pages and replaces the output directory atomically: the new book is
/// written beside the old one and swapped in only when complete.
struct SiteWriter {
    var options: BuildOptions

    /// Marks a directory as written by `book`, so it may be replaced.
    static let marker = ".book-output"

    func write(reports: [ChapterReport], landing: Chapter?) throws {
        let bookTitle = landing?.title ?? "Book"
        let template = PageTemplate(bookTitle: bookTitle)
        var files: [String: String] = ["assets/book.css": Stylesheet.css, SiteWriter.marker: ""]

        for report in reports {
            let chapter = report.chapter
            let body = ChapterPage(chapter: chapter, run: report.run).body()
            files["\(chapter.slug).html"] = template.page(title: "\(chapter.title) · \(bookTitle)", body: body,
                                                          navigation: navigation(reports, current: chapter.slug))
        }
        files["index.html"] = template.page(title: bookTitle, body: landingBody(landing, reports: reports),
                                            navigation: navigation(reports, current: nil))
        try replaceOutput(with: files)
    }

    private func navigation(_ reports: [ChapterReport], current: String?) -> String {
        var html = "<ol class=\"toc\">\n"
        for report in reports {
            let chapter = report.chapter
            let currentAttribute = chapter.slug == current ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(chapter.slug.htmlEscaped).html\"\(currentAttribute)>\(chapter.title.htmlEscaped)</a></li>\n"
        }
        return html + "</ol>"
    }

    private func landingBody(_ landing: Chapter?, reports: [ChapterReport]) -> String {
        var html = landing.map { HTMLRenderer().render($0.document) } ?? "<h1>Book</h1>\n"
        html += "<h2>Chapters</h2>\n<ol class=\"chapter-list\">\n"
        for report in reports {
            html += "<li><a href=\"\(report.chapter.slug.htmlEscaped).html\">\(report.chapter.title.htmlEscaped)</a></li>\n"
        }
        return html + "</ol>\n"
    }

    private func replaceOutput(with files: [String: String]) throws {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: options.resolve(options.outputDirectory)).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(getpid())")
        let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
        do {
            try? fileManager.removeItem(at: staging)
            for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            }
            if fileManager.fileExists(atPath: output.path) {
                let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
                guard contents.isEmpty || contents.contains(SiteWriter.marker) else {
                    throw BookError.outputNotOwned(options.outputDirectory)
                }
                try fileManager.moveItem(at: output, to: retired)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: output.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: output)
            }
            if let error = error as? BookError { throw error }
            throw BookError.io("cannot write the book to '\(options.outputDirectory)': \(error.localizedDescription)")
        }
    }
}
