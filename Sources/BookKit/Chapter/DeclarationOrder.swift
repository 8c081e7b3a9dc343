/// Finds inline values that use a name only a *later* cell declares.
///
/// Such a value compiles, because top-level Swift code sees every global of the program,
/// but when it runs the global has not been set yet: it traps (a crash report the author
/// cannot place) or shows garbage. The check is lexical: unindented `let`, `var`, `func`,
/// `struct`, `enum`, `class` and `typealias` declarations of the cells before and after the
/// value, against the names its expression uses (not after a `.`, not in string literals).
/// A name declared both before and after is fine: the earlier declaration is in scope.
enum DeclarationOrder {
    static func diagnostics(for cells: [Cell], path: String) -> [Diagnostic] {
        var declaredAbove: Set<String> = []
        var problems: [Diagnostic] = []
        let declarations = cells.map { $0.kind == .code ? declaredNames(in: $0.source) : [] }
        for (position, cell) in cells.enumerated() {
            guard cell.kind == .inlineValue else {
                declaredAbove.formUnion(declarations[position])
                continue
            }
            for name in referencedNames(in: cell.source).subtracting(declaredAbove).sorted() {
                guard let later = cells[(position + 1)...].indices.first(where: { declarations[$0].contains(name) }) else { continue }
                problems.append(Diagnostic(.warning, at: SourceLocation(file: path, line: cell.firstLine, column: cell.column),
                                           "inline value uses '\(name)', which only the cell at line \(cells[later].firstLine) declares, "
                                           + "so it has no value yet here; move the value below that cell"))
            }
        }
        return problems
    }

    /// The names an unindented declaration of `source` introduces, including each name of
    /// `let a = 1, b = 2` and of a tuple pattern `let (a, b) = ...`.
    static func declaredNames(in source: String) -> Set<String> {
        var names: Set<String> = []
        for line in source.split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
            var words = line.split(separator: " ", maxSplits: 1)
            while let first = words.first, ["private", "fileprivate", "public", "final", "lazy", "static"].contains(first), words.count > 1 {
                words = words[1].split(separator: " ", maxSplits: 1)
            }
            guard words.count == 2, let keyword = words.first else { continue }
            let rest = Substring(words[1])
            switch keyword {
            case "func", "struct", "enum", "class", "typealias":
                if let name = leadingIdentifier(rest) { names.insert(name) }
            case "let", "var":
                for declarator in topLevelPieces(rest, separator: ",") {
                    let pattern = declarator.drop { $0 == " " }
                    if pattern.first == "(" {
                        let inner = pattern.dropFirst().prefix { $0 != ")" }
                        for part in inner.split(separator: ",") {
                            if let name = leadingIdentifier(part.drop { $0 == " " }), name != "_" { names.insert(name) }
                        }
                    } else if let name = leadingIdentifier(pattern) {
                        names.insert(name)
                    }
                }
            default:
                continue
            }
        }
        return names
    }

    /// The identifiers `expression` uses by name: not members (after `.`), not labels
    /// (before `:`), not inside string literals.
    static func referencedNames(in expression: String) -> Set<String> {
        var names: Set<String> = []
        let characters = Array(expression)
        var index = 0, inString = false
        while index < characters.count {
            let character = characters[index]
            if character == "\"" { inString.toggle(); index += 1; continue }
            if inString || !(character.isLetter || character == "_") { index += 1; continue }
            let start = index
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                index += 1
            }
            let afterDot = start > 0 && characters[start - 1] == "."
            let isLabel = index < characters.count && characters[index] == ":"
            if !afterDot && !isLabel { names.insert(String(characters[start..<index])) }
        }
        return names
    }

    private static func leadingIdentifier(_ text: Substring) -> String? {
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        return String(name)
    }

    /// `text` split at `separator` where no bracket, generic argument list (`<` right after a
    /// name, as in `Dictionary<String, Int>`) or string is open.
    private static func topLevelPieces(_ text: Substring, separator: Character) -> [Substring] {
        var pieces: [Substring] = [], depth = 0, angles = 0, inString = false, start = text.startIndex
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            defer { previous = character }
            if character == "\"" { inString.toggle(); continue }
            if inString { continue }
            if "([{".contains(character) { depth += 1 }
            else if ")]}".contains(character) { depth -= 1 }
            else if character == "<", previous.isLetter || previous.isNumber { angles += 1 }
            else if character == ">", angles > 0 { angles -= 1 }
            else if character == separator, depth == 0, angles == 0 {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        pieces.append(text[start...])
        return pieces
    }
}
