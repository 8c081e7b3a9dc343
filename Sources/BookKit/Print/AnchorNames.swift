import Foundation

/// Short, document-wide unique names for the ids of the pages joined into the printed book.
///
/// Every page keeps its own ids (two pages may both have a `figure-1`), so joining them needs
/// new names, and the names must be short: Chromium turns each link target into a PDF named
/// destination, and PDF names are limited to 127 bytes, which a check's anchor (made from the
/// claim's words) can exceed. Page `k` is `pk`; its ids are `pk-0`, `pk-1`, … in order of
/// appearance.
struct AnchorNames {
    private var names: [String: [String: String]] = [:]
    private var tops: [String: String] = [:]

    /// Names for the ids that occur in `pages` (file name, HTML), in reading order.
    init(pages: [(file: String, html: String)]) {
        let idPattern = try? NSRegularExpression(pattern: ##"\sid="([^"#][^"]*)""##)
        for (index, page) in pages.enumerated() {
            let top = "p\(index)"
            tops[page.file] = top
            var map: [String: String] = [:]
            let ns = page.html as NSString
            for match in idPattern?.matches(in: page.html, range: NSRange(location: 0, length: ns.length)) ?? [] {
                let id = ns.substring(with: match.range(at: 1))
                if map[id] == nil { map[id] = "\(top)-\(map.count)" }
            }
            names[page.file] = map
        }
    }

    /// The name of the page's start, nil for a file that is not a page of the book.
    func top(of file: String) -> String? { tops[file] }

    /// The new name of `id` on the page `file`. An id the page does not have (a broken link)
    /// keeps a recognisable name that resolves to nothing, as the link did before.
    func name(_ id: String, in file: String) -> String {
        names[file]?[id] ?? "\(tops[file] ?? "x")-missing-\(id)"
    }
}
