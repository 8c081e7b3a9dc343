/// Collects the book's formulas while pages render, has them typeset in one batch, then
/// puts the typeset HTML into the pages.
///
/// Pages are rendered with a marker (`U+E000 <index> U+E001`, private-use characters
/// that Markdown, escaping and KaTeX never produce) where each formula goes; identical
/// formulas are typeset once. A formula KaTeX rejects is shown as its TeX source in
/// `<code class="math-error">` and warned about at every place it is written.
final class MathRegistry {
    private var formulas: [Formula] = []
    private var indices: [Formula: Int] = [:]
    private var locations: [[SourceLocation]] = []
    private var results: [String] = []

    /// The marker standing for `formula`, written at `location`.
    func marker(for formula: Formula, at location: SourceLocation) -> String {
        let index: Int
        if let known = indices[formula] {
            index = known
        } else {
            index = formulas.count
            indices[formula] = index
            formulas.append(formula)
            locations.append([])
        }
        if !locations[index].contains(location) { locations[index].append(location) }
        return "\u{E000}\(index)\u{E001}"
    }

    var count: Int { formulas.count }

    /// How many formulas `typeset` took from the math cache.
    private(set) var cachedCount = 0

    /// Typesets every formula (as TeX source when `typesetter` is nil or fails) and returns
    /// the warnings. A bad formula warns at each of its locations in this build, whether
    /// KaTeX's message is fresh or cached.
    func typeset(with typesetter: CachingTypesetter?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var outcomes: [KaTeX.Outcome]?
        if let typesetter {
            do {
                let result = try typesetter.typeset(formulas)
                outcomes = result.outcomes
                cachedCount = result.cached
            } catch {
                if let first = locations.first?.first {
                    diagnostics.append(Diagnostic(.warning, at: first, "math is shown as TeX source: \(error)"))
                }
            }
        } else if let first = locations.first?.first {
            diagnostics.append(Diagnostic(.warning, at: first,
                                          "math is shown as TeX source: node or KaTeX is missing (apt-get install nodejs libjs-katex fonts-katex)"))
        }
        results = formulas.enumerated().map { index, formula in
            switch outcomes?[index] {
            case .html(let html)?:
                return html
            case .error(let message)?:
                for location in locations[index] {
                    diagnostics.append(Diagnostic(.warning, at: location, "bad TeX in \(formula.display ? "display " : "")math: \(message)"))
                }
                return "<code class=\"math-error\" title=\"\(message.htmlEscaped)\">\(formula.tex.htmlEscaped)</code>"
            case nil:
                return "<code class=\"math-source\">\(formula.tex.htmlEscaped)</code>"
            }
        }
        return diagnostics
    }

    /// `html` with every marker replaced by its typeset formula.
    func substitute(in html: String) -> String {
        guard html.unicodeScalars.contains("\u{E000}") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count * 2)
        var scalars = html.unicodeScalars[...]
        while let start = scalars.firstIndex(of: "\u{E000}") {
            result.unicodeScalars.append(contentsOf: scalars[..<start])
            let rest = scalars[scalars.index(after: start)...]
            guard let end = rest.firstIndex(of: "\u{E001}"), let index = Int(String(rest[..<end])), index < results.count else {
                result.unicodeScalars.append(scalars[start])
                scalars = rest
                continue
            }
            result += results[index]
            scalars = rest[rest.index(after: end)...]
        }
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}
