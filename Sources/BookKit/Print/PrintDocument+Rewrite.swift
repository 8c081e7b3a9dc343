import Foundation

/// The two structural rewrites that joining pages needs: unique ids with links to match,
/// and exercise solutions gathered at the end of their chapter (or left out).
extension PrintDocument {
    /// Renames every `id` of a page to its short document-wide name, and points every
    /// reference at the renamed id: `href="#x"` and `url(#x)` within the page (inline SVG uses
    /// both), and `href="other.html#y"` / `href="other.html"` for the other pages of the book.
    /// Links to anything else (the web, files) are left alone.
    static func rewriteReferences(_ html: String, file: String, anchors: AnchorNames) -> String {
        var out = html
        out = replace(##"(\s(?:id|for|aria-labelledby|aria-describedby))="([^"#][^"]*)""##, in: out) { groups in
            "\(groups[1])=\"\(anchors.name(groups[2], in: file))\""
        }
        out = replace(##"((?:xlink:)?href)="#([^"]+)""##, in: out) { groups in
            "\(groups[1])=\"#\(anchors.name(groups[2], in: file))\""
        }
        out = replace(##"url\(#([^)]+)\)"##, in: out) { groups in "url(#\(anchors.name(groups[1], in: file)))" }
        out = replace(##"href="([^"#/:]+\.html)(?:#([^"]*))?""##, in: out) { groups in
            guard let top = anchors.top(of: groups[1]) else { return groups[0] }
            return "href=\"#\(groups[2].isEmpty ? top : anchors.name(groups[2], in: groups[1]))\""
        }
        return out
    }

    /// Removes the folded hints and solutions (`<details class="callout hint|solution">`)
    /// from the exercises; with `.end`, prints them after the chapter's last exercise, under
    /// a heading, each introduced by its exercise's number.
    static func moveSolutions(in html: String, mode: Solutions) -> String {
        var body = "", collected: [(exercise: String, block: String)] = []
        var rest = Substring(html)
        var currentExercise = ""
        let labelTag = "<span class=\"callout-label\">"
        while let start = rest.range(of: "<details class=\"callout ") {
            let before = rest[rest.startIndex..<start.lowerBound]
            body += before
            // The nearest exercise label before this block names it.
            if let label = before.range(of: labelTag, options: .backwards),
               let close = before.range(of: "</span>", range: label.upperBound..<before.endIndex) {
                currentExercise = String(before[label.upperBound..<close.lowerBound])
            }
            let end = balancedDetailsEnd(in: rest, from: start.lowerBound)
            let block = String(rest[start.lowerBound..<end])
            let isFolded = block.hasPrefix("<details class=\"callout hint") || block.hasPrefix("<details class=\"callout solution")
            if isFolded {
                collected.append((currentExercise, block))
            } else {
                body += block
            }
            rest = rest[end...]
        }
        body += rest
        guard mode == .end, !collected.isEmpty else { return body }
        var appendix = "<section class=\"print-solutions\">\n<h2 class=\"print-solutions-title\">Hints and solutions</h2>\n"
        for (exercise, block) in collected {
            let opened = block.replacingOccurrences(of: "<details class=\"callout ", with: "<details open class=\"callout ")
            appendix += "<div class=\"print-solution\"><p class=\"print-solution-exercise\">\(exercise)</p>\n\(opened)</div>\n"
        }
        appendix += "</section>\n"
        // Before the chapter's references, which end the page, if it has any.
        if let references = body.range(of: "<section class=\"references\"", options: .backwards) {
            body.insert(contentsOf: appendix, at: references.lowerBound)
            return body
        }
        return body + appendix
    }

    /// The index just past the `</details>` that closes the `<details` at `start`.
    private static func balancedDetailsEnd(in text: Substring, from start: Substring.Index) -> Substring.Index {
        var depth = 0
        var index = start
        while index < text.endIndex {
            if text[index...].hasPrefix("<details") {
                depth += 1
                index = text.index(index, offsetBy: 8)
            } else if text[index...].hasPrefix("</details>") {
                depth -= 1
                index = text.index(index, offsetBy: 10)
                if depth == 0 { return index }
            } else {
                index = text.index(after: index)
            }
        }
        return text.endIndex
    }

    /// Replaces each match of `pattern`, passing the whole match and its groups ("" for a
    /// group that did not take part) to `transform`.
    private static func replace(_ pattern: String, in text: String, _ transform: ([String]) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let ns = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let groups = (0..<match.numberOfRanges).map { i -> String in
                let r = match.range(at: i)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }
            out += transform(groups)
            last = match.range.location + match.range.length
        }
        return out + ns.substring(from: last)
    }
}
