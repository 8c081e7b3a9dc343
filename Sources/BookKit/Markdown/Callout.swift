/// A block quote whose first line is a marker, GitHub's alert syntax extended with
/// exercises: `> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` make a
/// styled box; `> [!EXERCISE] Title {#ex-label}` a numbered exercise; and `[!HINT]` or
/// `[!SOLUTION]` (usually nested in an exercise, `> > [!HINT]`) a block folded in
/// `<details>` until the reader opens it. Text after the marker on its line is the title.
public struct Callout: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case note, tip, important, warning, caution, exercise, hint, solution

        /// The title shown when the author gives none: "Note", "Hint", ...
        public var defaultTitle: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
        /// Hints and solutions are folded until the reader opens them.
        public var isFolded: Bool { self == .hint || self == .solution }
        /// The marker as written, `[!NOTE]`.
        public var marker: String { "[!\(rawValue.uppercased())]" }
    }

    public var kind: Kind
    /// Inline text after the marker on its line, without a trailing `{#label}`; empty for none.
    public var title: [Inline]
    /// `{#ex-label}` after the title: the exercise can be referenced as `@ex-label`.
    public var label: String?
    /// The content after the marker line.
    public var blocks: [Block]
    /// 1-based line of the marker.
    public var line: Int

    public init(kind: Kind, title: [Inline] = [], label: String? = nil, blocks: [Block], line: Int) {
        self.kind = kind
        self.title = title
        self.label = label
        self.blocks = blocks
        self.line = line
    }

    /// The callout that `blocks` (a block quote's content) spell, or nil for an ordinary
    /// block quote, including one with an unknown marker (see `unknownMarkers`).
    static func recognize(_ blocks: [Block]) -> Callout? {
        guard let (word, line, rest) = marker(of: blocks),
              let kind = Kind(rawValue: word.lowercased()) else { return nil }
        let titleEnd = rest.firstIndex { $0 == .softBreak || $0 == .lineBreak } ?? rest.endIndex
        var title = Array(rest[..<titleEnd])
        if case .text(let first)? = title.first {
            let trimmed = String(first.drop { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty { title.removeFirst() } else { title[0] = .text(trimmed) }
        }
        let (content, attributes) = BlockAttributes.split(title)
        var body = Array(blocks.dropFirst())
        let remainder = Array(rest[titleEnd...].drop { $0 == .softBreak || $0 == .lineBreak })
        if !remainder.isEmpty { body.insert(.paragraph(remainder, line: line + 1), at: 0) }
        return Callout(kind: kind, title: content, label: attributes?.id, blocks: body, line: line)
    }

    /// `[!WORD]` at the start of a block quote's first paragraph: the word, the line, and the
    /// inlines after the marker.
    private static func marker(of blocks: [Block]) -> (String, Int, [Inline])? {
        guard case .paragraph(let inlines, let line)? = blocks.first,
              case .text(let text)? = inlines.first, text.hasPrefix("[!"),
              let close = text.firstIndex(of: "]") else { return nil }
        let word = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let after = String(text[text.index(after: close)...])
        let rest = (after.isEmpty ? [] : [Inline.text(after)]) + inlines.dropFirst()
        return (String(word), line, rest)
    }

    /// Warnings for block quotes that start with a marker the book does not know, like
    /// `> [!FOO]`; such a quote is rendered as an ordinary block quote.
    static func unknownMarkers(in blocks: [Block]) -> [MarkdownProblem] {
        blocks.flatMap { block -> [MarkdownProblem] in
            switch block {
            case .blockQuote(let inner):
                var problems = unknownMarkers(in: inner)
                if let (word, line, _) = marker(of: inner) {
                    let known = Kind.allCases.map(\.marker).joined(separator: ", ")
                    problems.insert(MarkdownProblem(line: line, "unknown callout marker '[!\(word)]' (known: \(known)); shown as a block quote"), at: 0)
                }
                return problems
            case .callout(let callout): return unknownMarkers(in: callout.blocks)
            case .list(let list): return list.items.flatMap { unknownMarkers(in: $0.blocks) }
            default: return []
            }
        }
    }
}
