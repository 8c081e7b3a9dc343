/// Hides TeX math from cmark-gfm: every formula in the Markdown source is replaced by an
/// alphanumeric placeholder token before parsing, so `_`, `*` and `\` inside math are never
/// read as Markdown. `InlineSyntax` turns the tokens back into `Inline.math` afterwards.
///
/// The rules are pandoc's `tex_math_dollars`:
/// - `$$...$$` is display math; it may span lines but not a blank line.
/// - `$...$` is inline math when the opening `$` is not followed by whitespace, the closing
///   `$` is not preceded by whitespace and not followed by a digit, and no blank line
///   intervenes. So `$5 and $10` stays prose.
/// - Two additions make prose with prices safe: inline math never contains a backtick
///   (code spans win, as everywhere in CommonMark), and math opened by `$` and a digit
///   must not contain a prose word (two or more letters after a space): `$10 stays$`
///   is prose, `$2\eta$` and `$1 - \beta$` are math.
/// - `\$` is a literal dollar; `\` escapes the next character inside math too.
/// - A line starting with `\begin{align}` (and the other display environments) opens
///   display math that ends with the matching `\end{...}`.
/// - A display formula may be followed by `{#eq-label}` to number it.
/// Code spans and fenced code blocks are copied untouched. Indented code blocks are not
/// recognised (they are indistinguishable from indented list paragraphs without parsing):
/// use fences for code that contains `$`.
///
/// Line numbers survive: a formula spanning n lines becomes its token followed by n-1
/// continuation tokens, one per line.
struct MathProtector {
    /// The source with formulas replaced, and the formulas in order of their tokens.
    struct Result {
        var source: String
        var spans: [MathSpan]
        var placeholders: MathPlaceholders
        var problems: [MarkdownProblem]
    }

    static let environments = ["equation", "equation*", "align", "align*", "gather", "gather*",
                               "multline", "multline*", "alignat", "alignat*", "flalign", "flalign*"]

    private let bytes: [UInt8]
    private let placeholders: MathPlaceholders
    private var output: [UInt8] = []
    private var spans: [MathSpan] = []
    private var problems: [MarkdownProblem] = []
    private var position = 0
    private var line = 1

    static func protect(_ markdown: String) -> Result {
        var protector = MathProtector(bytes: Array(markdown.utf8), placeholders: MathPlaceholders(avoiding: markdown))
        protector.run()
        return Result(source: String(decoding: protector.output, as: UTF8.self), spans: protector.spans,
                      placeholders: protector.placeholders, problems: protector.problems)
    }

    private init(bytes: [UInt8], placeholders: MathPlaceholders) {
        self.bytes = bytes
        self.placeholders = placeholders
        output.reserveCapacity(bytes.count)
    }

    private mutating func run() {
        var fence: Fence?
        while position < bytes.count {
            let lineStart = position == 0 || bytes[position - 1] == .newline
            if lineStart {
                if let open = fence {
                    let closing = Fence.closing(open, line: currentLine)
                    if closing != nil { fence = nil }
                    // A line that ends the fence's container is prose again.
                    if closing != .container {
                        copyLine()
                        continue
                    }
                }
                if let open = Fence.opening(currentLine) {
                    fence = open
                    copyLine()
                    continue
                }
                if scanEnvironment() { continue }
            }
            switch bytes[position] {
            case .backslash:
                copy(count: position + 1 < bytes.count && bytes[position + 1] != .newline ? 2 : 1)
            case .backtick:
                copyCodeSpan()
            case .dollar where byte(at: position + 1) == .dollar:
                if !scanDisplay() { copy(count: 2) }
            case .dollar:
                if !scanInline() { copy(count: 1) }
            default:
                copy(count: 1)
            }
        }
    }

    // MARK: Formulas

    /// `$$...$$` at `position`, optionally followed by `{#eq-label}`.
    private mutating func scanDisplay() -> Bool {
        var j = position + 2
        while j < bytes.count {
            if bytes[j] == .backslash { j += 2; continue }
            if bytes[j] == .dollar, byte(at: j + 1) == .dollar {
                let (label, end) = labelAfter(j + 2)
                emit(tex: position + 2..<j, display: true, label: label, end: end)
                return true
            }
            if bytes[j] == .newline, isBlankLine(after: j) { break }
            j += 1
        }
        problems.append(MarkdownProblem(line: line, "'$$' is never closed before a blank line; it is shown as text"))
        return false
    }

    /// `$...$` at `position`, by pandoc's rules (see the type's documentation).
    private mutating func scanInline() -> Bool {
        var j = position + 1
        guard j < bytes.count, !bytes[j].isSpace else { return false }
        while j < bytes.count {
            switch bytes[j] {
            case .dollar:
                if let next = byte(at: j + 1), next.isDigit { return false }
                if bytes[position + 1].isDigit, containsProseWord(position + 1..<j) { return false }
                emit(tex: position + 1..<j, display: false, label: nil, end: j + 1)
                return true
            case .backtick:
                return false
            case .backslash:
                j += 2
            case .newline:
                if isBlankLine(after: j) { return false }
                j += 1
            case .space, .tab:
                if byte(at: j + 1) == .dollar { return false }
                j += 1
            default:
                j += 1
            }
        }
        return false
    }

    /// Whether `range` has two or more letters in a row right after a space: English, not TeX.
    private func containsProseWord(_ range: Range<Int>) -> Bool {
        range.contains { index in
            index + 2 < range.upperBound && bytes[index] == .space
                && bytes[index + 1].isLetter && bytes[index + 2].isLetter
        }
    }

    /// A line that starts with `\begin{env}` for a display environment, through `\end{env}`.
    private mutating func scanEnvironment() -> Bool {
        var start = position
        while start < bytes.count, bytes[start] == .space || bytes[start] == .tab { start += 1 }
        let begin = Array("\\begin{".utf8)
        guard bytes[start...].starts(with: begin) else { return false }
        guard let close = bytes[(start + begin.count)...].firstIndex(of: UInt8(ascii: "}")) else { return false }
        let name = String(decoding: bytes[(start + begin.count)..<close], as: UTF8.self)
        guard MathProtector.environments.contains(name) else { return false }
        let end = Array("\\end{\(name)}".utf8)
        var j = close + 1
        while j + end.count <= bytes.count {
            if bytes[j...].starts(with: end) {
                copy(count: start - position)
                let (label, after) = labelAfter(j + end.count)
                emit(tex: position..<(j + end.count), display: true, label: label, end: after)
                return true
            }
            j += 1
        }
        problems.append(MarkdownProblem(line: line, "'\\begin{\(name)}' has no matching '\\end{\(name)}'; it is shown as text"))
        return false
    }

    /// `{#eq-label}` after optional spaces at `index`: the label and where it ends.
    private func labelAfter(_ index: Int) -> (String?, Int) {
        var j = index
        while j < bytes.count, bytes[j] == .space || bytes[j] == .tab { j += 1 }
        guard bytes[j...].starts(with: Array("{#".utf8)),
              let close = bytes[j...].prefix(200).firstIndex(of: UInt8(ascii: "}")) else { return (nil, index) }
        let label = String(decoding: bytes[(j + 2)..<close], as: UTF8.self)
        guard !label.isEmpty, label.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else {
            return (nil, index)
        }
        return (label, close + 1)
    }

    /// Records the formula whose TeX is `tex`, replacing the source up to `end` by tokens.
    private mutating func emit(tex: Range<Int>, display: Bool, label: String?, end: Int) {
        var text = String(decoding: bytes[tex], as: UTF8.self)
        let newlines = bytes[position..<end].filter { $0 == .newline }.count
        if newlines > 0, let quote = blockQuotePrefix() {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index > 0 && line.hasPrefix(quote) ? String(line.dropFirst(quote.count)) : String(line)
            }.joined(separator: "\n")
        }
        spans.append(MathSpan(tex: text, display: display, label: label, line: line))
        output += Array(placeholders.token(spans.count - 1).utf8)
        for _ in 0..<newlines { output += Array("\n\(placeholders.continuation)".utf8) }
        line += newlines
        position = end
    }

    /// `> ` markers at the start of the current line, which continuation lines repeat.
    private func blockQuotePrefix() -> String? {
        var start = position
        while start > 0, bytes[start - 1] != .newline { start -= 1 }
        let prefix = bytes[start...].prefix { $0 == UInt8(ascii: ">") || $0 == .space }
        return prefix.contains(UInt8(ascii: ">")) ? String(decoding: prefix, as: UTF8.self) : nil
    }

    // MARK: Code, copied verbatim

    /// A code span: a run of n backticks up to the next run of exactly n, within the paragraph.
    private mutating func copyCodeSpan() {
        let run = bytes[position...].prefix { $0 == .backtick }.count
        var j = position + run
        while j < bytes.count {
            if bytes[j] == .newline, isBlankLine(after: j) { break }
            if bytes[j] == .backtick {
                let closing = bytes[j...].prefix { $0 == .backtick }.count
                if closing == run {
                    copy(count: j + closing - position)
                    return
                }
                j += closing
            } else {
                j += 1
            }
        }
        copy(count: run)
    }

    private var currentLine: ArraySlice<UInt8> {
        bytes[position...].prefix { $0 != .newline }
    }

    private mutating func copyLine() {
        copy(count: currentLine.count + (position + currentLine.count < bytes.count ? 1 : 0))
    }

    private mutating func copy(count: Int) {
        let end = min(bytes.count, position + count)
        for byte in bytes[position..<end] {
            if byte == .newline { line += 1 }
            output.append(byte)
        }
        position = end
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// Whether the line after the newline at `index` is empty or only whitespace.
    private func isBlankLine(after index: Int) -> Bool {
        bytes[(index + 1)...].prefix { $0 != .newline }.allSatisfy(\.isSpace)
    }
}

/// A fenced code block's opening: its character and length, as CommonMark defines them.
private struct Fence {
    var character: UInt8
    var length: Int
    /// Block-quote markers before the fence: a line with fewer ends the quote, and the fence.
    var quoteDepth = 0
    /// For a fence opened on a list item's line, the item's content column: a non-blank
    /// line indented less ends the item, and the fence.
    var listIndent: Int?

    /// The fence a line opens, allowing block-quote markers, list markers and indentation before it.
    static func opening(_ line: ArraySlice<UInt8>) -> Fence? {
        var rest = line.drop { $0 == .space || $0 == .tab || $0 == UInt8(ascii: ">") }
        let quoteDepth = line[..<rest.startIndex].filter { $0 == UInt8(ascii: ">") }.count
        var listIndent: Int?
        if let marker = rest.first, "-*+".utf8.contains(marker), rest.dropFirst().first == .space {
            rest = rest.dropFirst(2).drop { $0 == .space }
            listIndent = rest.startIndex - line.startIndex
        } else {
            let digits = rest.prefix(while: \.isDigit)
            let after = rest.dropFirst(digits.count)
            if !digits.isEmpty, let marker = after.first, marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"),
               after.dropFirst().first == .space {
                rest = after.dropFirst(2).drop { $0 == .space }
                listIndent = rest.startIndex - line.startIndex
            }
        }
        guard let character = rest.first, character == .backtick || character == UInt8(ascii: "~") else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        if character == .backtick, rest.dropFirst(length).contains(.backtick) { return nil }
        return Fence(character: character, length: length, quoteDepth: quoteDepth, listIndent: listIndent)
    }

    enum Closing { case fence, container }

    /// How `line` closes the fence: with a closing fence, or by ending the block quote or
    /// list item the fence was opened in (cmark-gfm closes the code block there too); nil
    /// when the line is code.
    static func closing(_ fence: Fence, line: ArraySlice<UInt8>) -> Closing? {
        let rest = line.drop { $0 == .space || $0 == .tab || $0 == UInt8(ascii: ">") }
        if fence.quoteDepth > 0, line[..<rest.startIndex].filter({ $0 == UInt8(ascii: ">") }).count < fence.quoteDepth {
            return .container
        }
        if let indent = fence.listIndent, !rest.allSatisfy(\.isSpace),
           line.prefix(while: { $0 == .space }).count < indent {
            return .container
        }
        let run = rest.prefix { $0 == fence.character }.count
        return run >= fence.length && rest.dropFirst(run).allSatisfy(\.isSpace) ? .fence : nil
    }
}

/// The tokens that stand for formulas while cmark parses: `<base><index><base>` for the
/// formula, `<base>C<base>` for each further line it spans. `base` is chosen so that it
/// does not occur in the document.
struct MathPlaceholders: Equatable, Sendable {
    let base: String

    init(avoiding source: String) {
        var base = "MathZq"
        while source.contains(base) { base += "q" }
        self.base = base
    }

    func token(_ index: Int) -> String { "\(base)\(index)\(base)" }

    var continuation: String { "\(base)C\(base)" }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let dollar = UInt8(ascii: "$")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    var isSpace: Bool { self == .space || self == .tab || self == .newline || self == UInt8(ascii: "\r") }
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isLetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
}
