import Foundation
import Plot

/// Renders every page of the book, as a map from output-relative path to file contents.
struct SiteRenderer {
    func render(reports: [ChapterReport], landing: Chapter?) -> [String: Data] {
        let bookTitle = landing?.title ?? "Book"
        let template = PageTemplate(bookTitle: bookTitle)
        // Figures are styled by the Plot library's classes and CSS variables.
        var files: [String: String] = ["assets/book.css": Stylesheet.css + "\n" + Figure.stylesheet]

        for report in reports {
            let chapter = report.chapter
            let body = ChapterPage(chapter: chapter, run: report.run).body()
            files["\(chapter.slug).html"] = template.page(title: "\(chapter.title) · \(bookTitle)", body: body,
                                                          navigation: navigation(reports, current: chapter.slug))
        }
        files["index.html"] = template.page(title: bookTitle, body: landingBody(landing, reports: reports),
                                            navigation: navigation(reports, current: nil))
        return files.mapValues { Data($0.utf8) }
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
}
