/// The book's inline constructs, read from the text that cmark-gfm leaves behind:
/// math placeholders become `Inline.math`, `@fig-x` becomes a cross-reference and
/// `[@key]` a citation. Each gets the source line it was written on, counted from the
/// block's first line through the soft line breaks before it.
///
/// Syntax (pandoc's, as Quarto uses it):
/// - `@fig-x`, `@eq-x`, `@sec-x`, `@tbl-x`, `@ch-x` are cross-references ("Figure 3.2");
///   `[-@fig-x]` gives the number alone ("3.2").
/// - `[@key]`, `[@a; @b]`, `[@key, p. 3]` are parenthetical citations; `[-@key]` gives
///   the year alone; `@key` in running text is a narrative citation ("Grosse (2021)").
/// - Keys start with a letter, digit or `_`; `-:.+/` may appear inside them, so a
///   trailing full stop is not part of the key. `@` right after a letter or digit (an
///   e-mail address) starts nothing; nothing is read inside link text.
/// - A code span `` `{swift} expr` `` is an inline value (Quarto's syntax): a cell of kind
///   `.inlineValue` at the line and column where `expr` starts, numbered later by the chapter.
struct InlineSyntax {
    let spans: [MathSpan]
    let placeholders: MathPlaceholders
    /// The Markdown's lines as written (before math was protected), to find the column
    /// where an inline value's expression starts.
    var sourceLines: [Substring] = []
    /// Added to the columns found on `firstLine`: for a caption parsed on its own, whose
    /// text starts further right on its `//| caption:` line.
    var firstLine = 1
    var columnOffset = 0
    /// Inline values already found on each line, so the n-th value finds the n-th `{swift}`.
    private let valuesSeen = LineCounter()

    /// Resolves the inlines of a block whose first source line is `line`.
    func resolve(_ inlines: [Inline], line: Int) -> [Inline] {
        var line = line
        return resolve(inlines, line: &line, inLink: false)
    }

    /// The original source of any formula in `text`: for URLs and raw HTML, where math is not typeset.
    func restore(_ text: String) -> String {
        guard text.contains(placeholders.base) else { return text }
        return pieces(of: text).map { piece in
            switch piece {
            case .text(let text): return text
            case .math(let span):
                return span.tex.hasPrefix("\\begin") ? span.tex : span.display ? "$$\(span.tex)$$" : "$\(span.tex)$"
            }
        }.joined()
    }

    private func resolve(_ inlines: [Inline], line: inout Int, inLink: Bool) -> [Inline] {
        var items = merged(inlines)
        var result: [Inline] = []
        var index = 0
        while index < items.count {
            defer { index += 1 }
            switch items[index] {
            case .softBreak, .lineBreak:
                line += 1
                // A formula's continuation line: the break belongs to the formula.
                if index + 1 < items.count, case .text(let next) = items[index + 1],
                   next.hasPrefix(placeholders.continuation) {
                    items[index + 1] = .text(String(next.dropFirst(placeholders.continuation.count)))
                    continue
                }
                result.append(items[index])
            case .text(let text):
                result += split(text, line: line, inLink: inLink)
            case .emphasis(let content):
                result.append(.emphasis(resolve(content, line: &line, inLink: inLink)))
            case .strong(let content):
                result.append(.strong(resolve(content, line: &line, inLink: inLink)))
            case .strikethrough(let content):
                result.append(.strikethrough(resolve(content, line: &line, inLink: inLink)))
            case let .link(destination, title, content):
                result.append(.link(destination: restore(destination), title: restore(title),
                                    resolve(content, line: &line, inLink: true)))
            case let .image(source, title, content):
                result.append(.image(source: restore(source), title: restore(title),
                                     resolve(content, line: &line, inLink: true)))
            case .html(let html):
                result.append(.html(restore(html)))
            case .code(let code) where code.hasPrefix(InlineSyntax.valuePrefix):
                result.append(inlineValue(code, line: line) ?? items[index])
            case let other:
                result.append(other)
            }
        }
        return result
    }

    /// Joins adjacent text nodes, which cmark splits at `[`, `]` and entities.
    private func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    private enum Piece { case text(String), math(MathSpan) }

    /// `text` cut at the formula tokens it contains.
    private func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let start = rest.range(of: placeholders.base) {
            let afterBase = rest[start.upperBound...]
            let digits = afterBase.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, afterBase.dropFirst(digits.count).hasPrefix(placeholders.base),
                  let index = Int(digits), index < spans.count else {
                pieces.append(.text(String(rest[..<start.upperBound])))
                rest = afterBase
                continue
            }
            if start.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<start.lowerBound]))) }
            pieces.append(.math(spans[index]))
            rest = afterBase.dropFirst(digits.count + placeholders.base.count)
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    private func split(_ text: String, line: Int, inLink: Bool) -> [Inline] {
        pieces(of: text).flatMap { piece -> [Inline] in
            switch piece {
            case .math(let span): return [.math(span)]
            case .text(let text): return inLink ? [.text(text)] : references(in: text, line: line)
            }
        }
    }

    // MARK: Inline values

    static let valuePrefix = "{swift} "

    /// The inline value written as the code span `code` on `line`, or nil for an empty expression.
    private func inlineValue(_ code: String, line: Int) -> Inline? {
        let expression = code.dropFirst(InlineSyntax.valuePrefix.count).trimmed
        guard !expression.isEmpty else { return nil }
        let ordinal = valuesSeen.next(line)
        var column = expressionColumn(ordinal: ordinal, line: line) ?? 1
        if line == firstLine { column += columnOffset }
        return .inlineValue(Cell(kind: .inlineValue, index: 0, source: expression, firstLine: line, column: column))
    }

    /// The column where the expression of the `ordinal`-th (0-based) inline value on `line` starts.
    private func expressionColumn(ordinal: Int, line: Int) -> Int? {
        guard line >= 1, line <= sourceLines.count else { return nil }
        let text = sourceLines[line - 1]
        var seen = 0
        var searchFrom = text.startIndex
        while let found = text[searchFrom...].range(of: "{swift}") {
            searchFrom = found.upperBound
            // A value's code span: a backtick (and blanks) before, a blank after (`{swift}` alone is code).
            guard text[..<found.lowerBound].reversed().first(where: { $0 != " " }) == "`",
                  text[found.upperBound...].first.map({ $0 == " " || $0 == "\t" }) == true else { continue }
            if seen == ordinal {
                let start = text[found.upperBound...].drop { $0 == " " || $0 == "\t" }.startIndex
                return text[..<start].utf8.count + 1
            }
            seen += 1
        }
        return nil
    }

    /// Counts per line; a class, because the parser's converter is a value shared by all blocks.
    private final class LineCounter {
        private var counts: [Int: Int] = [:]

        /// How many times `line` was seen before.
        func next(_ line: Int) -> Int {
            defer { counts[line, default: 0] += 1 }
            return counts[line, default: 0]
        }
    }

    // MARK: Cross-references and citations

    private func references(in text: String, line: Int) -> [Inline] {
        guard text.contains("@") else { return [.text(text)] }
        var result: [Inline] = []
        var pending = ""
        func flush() {
            if !pending.isEmpty { result.append(.text(pending)) }
            pending = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[", let (inlines, end) = bracketGroup(in: text, at: index, line: line) {
                flush()
                result += inlines
                index = end
                continue
            }
            if character == "@", index == text.startIndex || !Self.isKeyCharacter(text[text.index(before: index)]),
               let (key, end) = InlineSyntax.key(in: text, from: text.index(after: index)) {
                flush()
                result.append(CrossReference.isLabel(key)
                    ? .crossReference(CrossReference(label: key, bare: false, line: line))
                    : .citation(Citation(items: [.init(key: key, locator: nil, suppressAuthor: false)],
                                         narrative: true, line: line)))
                index = end
                continue
            }
            pending.append(character)
            index = text.index(after: index)
        }
        flush()
        return result
    }

    /// `[@a; -@b, p. 3]` at `start`: its citations and cross-references, and where it ends.
    private func bracketGroup(in text: String, at start: String.Index, line: Int) -> ([Inline], String.Index)? {
        let contentStart = text.index(after: start)
        guard let close = text[contentStart...].firstIndex(of: "]") else { return nil }
        let content = text[contentStart..<close]
        guard content.contains("@"), !content.contains("[") else { return nil }
        var citations: [Citation.Item] = []
        var references: [Inline] = []
        for rawItem in content.split(separator: ";", omittingEmptySubsequences: false) {
            var item = rawItem.drop { $0 == " " }
            let suppress = item.hasPrefix("-")
            if suppress { item = item.dropFirst() }
            guard item.hasPrefix("@"), let (key, end) = InlineSyntax.key(in: text, from: item.index(after: item.startIndex))
            else { return nil }
            let tail = text[end..<item.endIndex].trimmed
            guard tail.isEmpty || tail.hasPrefix(",") else { return nil }
            let locator = tail.isEmpty ? nil : String(tail.dropFirst()).trimmed
            if CrossReference.isLabel(key) {
                if !references.isEmpty { references.append(.text(", ")) }
                references.append(.crossReference(CrossReference(label: key, bare: suppress, line: line)))
            } else {
                citations.append(Citation.Item(key: key, locator: locator, suppressAuthor: suppress))
            }
        }
        var inlines: [Inline] = citations.isEmpty ? [] : [.citation(Citation(items: citations, narrative: false, line: line))]
        if !inlines.isEmpty && !references.isEmpty { inlines.append(.text("; ")) }
        return (inlines + references, text.index(after: close))
    }

    /// A key starting at `start`: word characters, with `-:.+/` allowed between them.
    static func key(in text: String, from start: String.Index) -> (String, String.Index)? {
        var end = start
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if isKeyCharacter(character) {
                index = text.index(after: index)
                end = index
            } else if "-:.+/".contains(character), index > start {
                index = text.index(after: index)
            } else {
                break
            }
        }
        return end > start ? (String(text[start..<end]), end) : nil
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
