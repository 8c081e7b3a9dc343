/// The book's contents as links: the sidebar (chapters numbered, the current chapter's
/// sections under it), the previous/next links at the foot of a page, and the landing
/// page's chapter list.
struct Navigation {
    struct Entry {
        var slug: String
        /// "3", or an appendix's letter.
        var number: String?
        var isAppendix = false
        /// The chapter's title as HTML.
        var title: String
        /// Numbered level-2 sections: number, anchor, title HTML.
        var sections: [(number: String, id: String, title: String)]

        var page: String { "\(slug).html" }

        var numberHTML: String {
            number.map { "<span class=\"toc-number\">\($0)</span> " } ?? ""
        }
    }

    var chapters: [Entry]

    /// The sidebar's table of contents; `current` is the slug of the page shown, nil on the landing page.
    func sidebar(current: String?) -> String {
        var html = "<ol class=\"toc\">\n"
        for (position, chapter) in chapters.enumerated() {
            if startsAppendices(at: position) { html += "<li class=\"toc-part\">Appendices</li>\n" }
            let isCurrent = chapter.slug == current
            html += "<li\(isCurrent ? " class=\"current\"" : "")><a href=\"\(chapter.page.htmlEscaped)\"\(isCurrent ? " aria-current=\"page\"" : "")>\(chapter.numberHTML)\(chapter.title)</a>"
            if isCurrent, !chapter.sections.isEmpty {
                html += "\n<ol class=\"toc-sections\">\n"
                for section in chapter.sections {
                    html += "<li><a href=\"#\(section.id.htmlEscaped)\"><span class=\"toc-number\">\(section.number.htmlEscaped)</span> \(section.title)</a></li>\n"
                }
                html += "</ol>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>"
    }

    /// Previous and next chapter links for the page of `current` (nil: the landing page).
    func pager(current: String?) -> String {
        let index = current.flatMap { slug in chapters.firstIndex { $0.slug == slug } }
        let previous = index.flatMap { $0 > 0 ? chapters[$0 - 1] : nil }
        let next: Entry? = index.map { $0 + 1 < chapters.count ? chapters[$0 + 1] : nil } ?? chapters.first
        guard previous != nil || next != nil || index != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Previous and next chapters\">\n"
        if let previous {
            html += "<a class=\"pager-previous\" rel=\"prev\" href=\"\(previous.page.htmlEscaped)\"><span class=\"pager-label\">← Previous</span><span class=\"pager-title\">\(previous.numberHTML)\(previous.title)</span></a>\n"
        } else if index != nil {
            html += "<a class=\"pager-previous\" rel=\"prev\" href=\"index.html\"><span class=\"pager-label\">← Previous</span><span class=\"pager-title\">Contents</span></a>\n"
        }
        if let next {
            html += "<a class=\"pager-next\" rel=\"next\" href=\"\(next.page.htmlEscaped)\"><span class=\"pager-label\">Next →</span><span class=\"pager-title\">\(next.numberHTML)\(next.title)</span></a>\n"
        }
        return html + "</nav>"
    }

    /// Whether the entry at `position` is the first appendix (after at least one chapter).
    private func startsAppendices(at position: Int) -> Bool {
        position > 0 && chapters[position].isAppendix && !chapters[position - 1].isAppendix
    }

    /// The landing page's list: number, title and the chapter's sections in small type.
    func chapterList() -> String {
        var html = "<h2 id=\"chapters\">Chapters</h2>\n<ol class=\"chapter-list\">\n"
        for (position, chapter) in chapters.enumerated() {
            if startsAppendices(at: position) {
                html += "</ol>\n<h2 id=\"appendices\">Appendices</h2>\n<ol class=\"chapter-list\">\n"
            }
            html += "<li>\(chapter.numberHTML)<a href=\"\(chapter.page.htmlEscaped)\">\(chapter.title)</a>"
            if !chapter.sections.isEmpty {
                html += "<p class=\"chapter-sections\">\(chapter.sections.map(\.title).joined(separator: " · "))</p>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }
}
