/// Callouts and footnotes, the blocks that GitHub's Markdown adds beside CommonMark.
extension HTMLRenderer {
    /// A callout as a titled box (`<div class="callout note">`), an exercise with its number,
    /// or, for a hint or solution, a `<details>` block the reader opens.
    func render(_ callout: Callout) -> String {
        let decoration = self.callout(callout)
        let id = decoration.id.map { " id=\"\($0.htmlEscaped)\"" } ?? ""
        let kind = callout.kind.rawValue
        let title = callout.title.isEmpty ? "" : render(callout.title)
        let body = callout.blocks.map(render).joined()
        if callout.kind.isFolded {
            let summary = callout.kind.defaultTitle + (title.isEmpty ? "" : ": \(title)")
            return "<details class=\"callout \(kind)\"\(id)><summary>\(summary)</summary>\n\(body)</details>\n"
        }
        // An exercise shows its number and then its title; another callout's title replaces "Note".
        let label = "<span class=\"callout-label\">\((decoration.number ?? callout.kind.defaultTitle).htmlEscaped)</span>"
        let heading = title.isEmpty ? label
            : callout.kind == .exercise ? "\(label) <span class=\"callout-name\">\(title)</span>"
            : "<span class=\"callout-label\">\(title)</span>"
        let role = callout.kind == .exercise ? "" : " role=\"note\""
        return "<div class=\"callout \(kind)\"\(id)\(role)>\n<p class=\"callout-title\">\(heading)</p>\n\(body)</div>\n"
    }

    /// `<sup class="footnote-ref">` linking to the note, as cmark-gfm writes it.
    func render(_ reference: FootnoteReference) -> String {
        let note = Footnote(number: reference.number, label: reference.label, blocks: [], references: 0)
        return "<sup class=\"footnote-ref\"><a href=\"#\(LinkEscape.attribute(note.anchor))\" id=\"\(LinkEscape.attribute(note.referenceAnchor(reference.occurrence)))\" data-footnote-ref>\(reference.number)</a></sup>"
    }

    /// The numbered notes at the end of the document, each with a back link to every place
    /// that refers to it; "" for none.
    func renderFootnotes(_ footnotes: [Footnote]) -> String {
        guard !footnotes.isEmpty else { return "" }
        var html = "<section class=\"footnotes\" data-footnotes aria-label=\"Footnotes\">\n<ol>\n"
        for note in footnotes {
            let links = (1...max(1, note.references)).map { occurrence in
                let mark = occurrence == 1 ? "↩" : "↩<sup class=\"footnote-ref\">\(occurrence)</sup>"
                return "<a href=\"#\(LinkEscape.attribute(note.referenceAnchor(occurrence)))\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to reference \(note.number)\(occurrence == 1 ? "" : "-\(occurrence)")\">\(mark)</a>"
            }.joined(separator: " ")
            var blocks = note.blocks
            var tail = "<p>\(links)</p>\n"
            // The links end the note's last paragraph, as cmark-gfm puts them.
            if case .paragraph(let content, _)? = blocks.last, HTMLRenderer.loneDisplayMath(content) == nil {
                blocks.removeLast()
                tail = "<p>\(render(content)) \(links)</p>\n"
            }
            html += "<li id=\"\(LinkEscape.attribute(note.anchor))\">\n\(blocks.map(render).joined())\(tail)</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
