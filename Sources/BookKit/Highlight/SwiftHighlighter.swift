/// Swift syntax highlighting at build time: a small lexer that wraps tokens in
/// `<span class="...">` and escapes everything else, so pages need no JavaScript.
///
/// Classes: `kw` keyword, `ty` type (a capitalised identifier), `fn` called function,
/// `str` string, `esc` escape and interpolation delimiters, `num` number, `com` comment,
/// `attr` attribute or `#directive`, `op` operator. The lexer never fails: anything it
/// does not recognise is emitted as escaped text, and unterminated strings or comments
/// run to the end of the code.
public enum SwiftHighlighter {
    public static func highlight(_ code: String) -> String {
        var lexer = Lexer(scalars: Array(code.unicodeScalars))
        lexer.run(until: nil)
        return lexer.html
    }

    static let keywords: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case", "catch",
        "class", "consuming", "continue", "convenience", "default", "defer", "deinit", "didSet", "do",
        "else", "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for", "func",
        "get", "guard", "if", "import", "in", "indirect", "init", "inout", "internal", "is", "lazy",
        "let", "mutating", "nil", "nonisolated", "open", "operator", "override", "private", "protocol",
        "public", "repeat", "required", "rethrows", "return", "self", "Self", "set", "some", "static",
        "struct", "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias",
        "var", "weak", "where", "while", "willSet",
    ]

    private struct Lexer {
        let scalars: [Unicode.Scalar]
        var index = 0
        var html = ""

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        /// Lexes tokens until `terminator` at nesting depth zero (the `)` closing an
        /// interpolation), or to the end.
        mutating func run(until terminator: Unicode.Scalar?) {
            var depth = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if let terminator, scalar == terminator, depth == 0 { return }
                if scalar == "(" { depth += 1 }
                if scalar == ")" { depth -= 1 }
                token()
            }
        }

        private mutating func token() {
            let scalar = scalars[index]
            let next = peek(1)
            switch scalar {
            case "/" where next == "/":
                emit("com", upTo: lineEnd())
            case "/" where next == "*":
                emit("com", upTo: blockCommentEnd())
            case "\"":
                string()
            case "#" where isRawStringStart():
                string()
            case "#" where next.map(isIdentifierStart) == true:
                emit("attr", upTo: identifierEnd(from: index + 1))
            case "@" where next.map(isIdentifierStart) == true:
                emit("attr", upTo: identifierEnd(from: index + 1))
            case "0"..."9":
                emit("num", upTo: numberEnd())
            case "`":
                let close = scalars[(index + 1)...].firstIndex(of: "`").map { $0 + 1 } ?? index + 1
                emit(nil, upTo: close)
            case _ where isIdentifierStart(scalar):
                identifier()
            case _ where Self.operatorScalars.contains(scalar):
                let end = scalars[index...].firstIndex { !Self.operatorScalars.contains($0) && $0 != "." } ?? scalars.count
                emit("op", upTo: end)
            case "." where next == ".":
                let end = scalars[index...].firstIndex { !Self.operatorScalars.contains($0) && $0 != "." } ?? scalars.count
                emit("op", upTo: end)
            default:
                emit(nil, upTo: index + 1)
            }
        }

        private static let operatorScalars = Set("+-*/=<>!&|^~%?".unicodeScalars)

        private mutating func identifier() {
            let end = identifierEnd(from: index)
            let word = String(String.UnicodeScalarView(scalars[index..<end]))
            let afterDot = index > 0 && scalars[index - 1] == "."
            let cssClass: String?
            if SwiftHighlighter.keywords.contains(word) && !afterDot {
                cssClass = "kw"
            } else if let first = word.unicodeScalars.first, first.properties.isUppercase {
                cssClass = "ty"
            } else if end < scalars.count, scalars[end] == "(" {
                cssClass = "fn"
            } else {
                cssClass = nil
            }
            emit(cssClass, upTo: end)
        }

        /// A string literal: `"..."`, `"""..."""` or raw `#"..."#`, with `\(...)` interpolations
        /// highlighted as code.
        private mutating func string() {
            var hashes = 0
            while peek(hashes) == "#" { hashes += 1 }
            let isMultiline = peek(hashes) == "\"" && peek(hashes + 1) == "\"" && peek(hashes + 2) == "\""
            let quotes = isMultiline ? 3 : 1
            let closing = Array(repeating: Unicode.Scalar("\""), count: quotes) + Array(repeating: "#", count: hashes)
            let escape = [Unicode.Scalar("\\")] + Array(repeating: "#", count: hashes)
            var start = index
            index += hashes + quotes
            while index < scalars.count {
                if matches(closing) {
                    index += closing.count
                    break
                }
                if !isMultiline, scalars[index] == "\n" { break }
                if matches(escape) {
                    appendSpan("str", start..<index)
                    let afterEscape = index + escape.count
                    if afterEscape < scalars.count, scalars[afterEscape] == "(" {
                        appendSpan("esc", index..<(afterEscape + 1))
                        index = afterEscape + 1
                        run(until: ")")
                        if index < scalars.count {
                            appendSpan("esc", index..<(index + 1))
                            index += 1
                        }
                    } else {
                        let end = min(scalars.count, afterEscape + 1)
                        appendSpan("esc", index..<end)
                        index = end
                    }
                    start = index
                    continue
                }
                index += 1
            }
            appendSpan("str", start..<index)
        }

        private func matches(_ sequence: [Unicode.Scalar]) -> Bool {
            index + sequence.count <= scalars.count && Array(scalars[index..<(index + sequence.count)]) == sequence
        }

        private func isRawStringStart() -> Bool {
            var offset = 0
            while peek(offset) == "#" { offset += 1 }
            return peek(offset) == "\""
        }

        private func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        private func lineEnd() -> Int {
            scalars[index...].firstIndex(of: "\n") ?? scalars.count
        }

        private func blockCommentEnd() -> Int {
            var depth = 0
            var i = index
            while i + 1 < scalars.count {
                if scalars[i] == "/" && scalars[i + 1] == "*" { depth += 1; i += 2; continue }
                if scalars[i] == "*" && scalars[i + 1] == "/" {
                    depth -= 1
                    i += 2
                    if depth == 0 { return i }
                    continue
                }
                i += 1
            }
            return scalars.count
        }

        private func identifierEnd(from start: Int) -> Int {
            var i = start
            while i < scalars.count, isIdentifierStart(scalars[i]) || ("0"..."9").contains(scalars[i]) { i += 1 }
            return i
        }

        private func numberEnd() -> Int {
            var i = index
            let isHex = scalars[i] == "0" && i + 1 < scalars.count && (scalars[i + 1] == "x" || scalars[i + 1] == "b" || scalars[i + 1] == "o")
            if isHex { i += 2 }
            func isDigit(_ s: Unicode.Scalar) -> Bool {
                isHex ? s.properties.isASCIIHexDigit || s == "_" : ("0"..."9").contains(s) || s == "_"
            }
            while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            if !isHex, i + 1 < scalars.count, scalars[i] == ".", ("0"..."9").contains(scalars[i + 1]) {
                i += 1
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            }
            if !isHex, i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
                var j = i + 1
                if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
                if j < scalars.count, ("0"..."9").contains(scalars[j]) {
                    i = j
                    while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                }
            }
            return i
        }

        private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic
        }

        private mutating func emit(_ cssClass: String?, upTo end: Int) {
            appendSpan(cssClass, index..<max(end, index + 1))
            index = max(end, index + 1)
        }

        private mutating func appendSpan(_ cssClass: String?, _ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let text = String(String.UnicodeScalarView(scalars[range])).htmlEscaped
            html += cssClass.map { "<span class=\"\($0)\">\(text)</span>" } ?? text
        }
    }
}
