/// One entry of a BibTeX file, its field names lower-cased and values cleaned to plain text.
public struct BibEntry: Equatable, Sendable {
    /// `article`, `inproceedings`, `book`, `misc`, ... (lower-cased).
    public var type: String
    public var key: String
    public var fields: [String: String]
    /// 1-based line of the `@type{` that opens the entry.
    public var line: Int
}

/// A forgiving reader for the BibTeX that bibliographies are written in: entries
/// `@type{key, field = {value}, field = "value", year = 2021}`, values in braces (nested),
/// quotes or bare numbers and `@string` names, joined with `#`. `@comment`, `@preamble`
/// and text between entries are skipped. A malformed entry becomes a problem with its
/// line and the parser resumes at the next `@`; it never fails as a whole.
public struct BibTeXParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var strings: [String: String] = [:]
    private(set) var entries: [BibEntry] = []
    private(set) var problems: [MarkdownProblem] = []

    public static func parse(_ text: String) -> (entries: [BibEntry], problems: [MarkdownProblem]) {
        var parser = BibTeXParser(scalars: Array(text.unicodeScalars))
        parser.run()
        return (parser.entries, parser.problems)
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private struct Malformed: Error {
        var message: String
    }

    private mutating func run() {
        while let at = nextEntry() {
            index = at + 1
            let start = at
            do {
                try entry(startingAt: start)
            } catch let error as Malformed {
                problems.append(MarkdownProblem(line: line(of: start), "bibliography entry: \(error.message)"))
            } catch {
                problems.append(MarkdownProblem(line: line(of: start), "bibliography entry: \(error)"))
            }
        }
    }

    /// The next `@` outside `%` comment lines (a convention of BibTeX editors and biber).
    private func nextEntry() -> Int? {
        var i = index
        var lineStart = true
        while i < scalars.count {
            switch scalars[i] {
            case "@": return i
            case "%" where lineStart:
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
            case "\n": lineStart = true
            case " ", "\t": break
            default: lineStart = false
            }
            i += 1
        }
        return nil
    }

    private mutating func entry(startingAt start: Int) throws {
        let type = word().lowercased()
        guard !type.isEmpty else { throw Malformed(message: "expected an entry type after '@'") }
        skipSpace()
        guard let open = current, open == "{" || open == "(" else {
            throw Malformed(message: "expected '{' after '@\(type)'")
        }
        index += 1
        let close: Unicode.Scalar = open == "{" ? "}" : ")"
        switch type {
        case "comment", "preamble":
            index -= 1
            _ = try braced()
            return
        case "string":
            let (name, value) = try field()
            strings[name] = value
            skipSpace()
            if current == close { index += 1 }
            return
        default:
            break
        }
        skipSpace()
        let keyStart = index
        while let scalar = current, scalar != ",", scalar != close, !scalar.properties.isWhitespace { index += 1 }
        let key = String(String.UnicodeScalarView(scalars[keyStart..<index]))
        guard !key.isEmpty else { throw Malformed(message: "'@\(type)' has no citation key") }
        var fields: [String: String] = [:]
        while true {
            skipSpace()
            if current == "," { index += 1; skipSpace() }
            if current == close { index += 1; break }
            guard current != nil else { throw Malformed(message: "'\(key)' is not closed with '\(close)'") }
            if current == "@" { throw Malformed(message: "'\(key)' is not closed before the next entry") }
            let (name, value) = try field()
            // Links are taken literally: `~` in a URL is not a no-break space.
            fields[name] = name == "url" || name == "doi" ? value.trimmed : TeXText.plain(value)
        }
        entries.append(BibEntry(type: type, key: key, fields: fields, line: line(of: start)))
    }

    /// `name = value # value ...`
    private mutating func field() throws -> (String, String) {
        let name = word().lowercased()
        guard !name.isEmpty else { throw Malformed(message: "expected a field name, found '\(current.map(String.init) ?? "end of file")'") }
        skipSpace()
        guard current == "=" else { throw Malformed(message: "expected '=' after field '\(name)'") }
        index += 1
        var value = ""
        repeat {
            skipSpace()
            if current == "#" { index += 1; skipSpace() }
            switch current {
            case "{": value += try braced()
            case "\"": value += try quoted()
            case .some:
                let bare = word()
                guard !bare.isEmpty else { throw Malformed(message: "field '\(name)' has no value") }
                value += strings[bare.lowercased()] ?? bare
            case nil: throw Malformed(message: "field '\(name)' has no value")
            }
            skipSpace()
        } while current == "#"
        return (name, value)
    }

    /// `{...}` with nested braces; returns the inside, inner braces kept.
    private mutating func braced() throws -> String {
        let start = index
        var depth = 0
        while let scalar = current {
            index += 1
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth == 0 { return String(String.UnicodeScalarView(scalars[(start + 1)..<(index - 1)])) }
            }
        }
        throw Malformed(message: "unbalanced '{' starting on line \(line(of: start))")
    }

    /// `"..."`, in which braces may protect quotes.
    private mutating func quoted() throws -> String {
        let start = index
        index += 1
        var depth = 0
        while let scalar = current {
            index += 1
            if scalar == "{" { depth += 1 }
            if scalar == "}" { depth -= 1 }
            if scalar == "\"", depth == 0 { return String(String.UnicodeScalarView(scalars[(start + 1)..<(index - 1)])) }
        }
        throw Malformed(message: "unclosed '\"' starting on line \(line(of: start))")
    }

    private mutating func word() -> String {
        let start = index
        while let scalar = current, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-:.+/".unicodeScalars.contains(scalar) {
            index += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func skipSpace() {
        while let scalar = current, scalar.properties.isWhitespace { index += 1 }
    }

    private func line(of offset: Int) -> Int {
        1 + scalars[..<offset].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}
