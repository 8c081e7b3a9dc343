import Foundation

/// BibTeX field values as plain text: accents such as `{\"o}` become "ö", `--` an en
/// dash, `~` a no-break space, and grouping braces disappear. Unknown commands keep their
/// argument, so nothing a reader should see is lost.
enum TeXText {
    static func plain(_ value: String) -> String {
        var result = ""
        var scalars = Array(value.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "{", "}":
                continue
            case "~":
                result.unicodeScalars.append("\u{00A0}")
            case "-" where scalars.first == "-":
                scalars.removeFirst()
                if scalars.first == "-" {
                    scalars.removeFirst()
                    result += "—"
                } else {
                    result += "–"
                }
            case "\\":
                result += command(&scalars)
            case "\n", "\t", "\r":
                result += " "
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static let accents: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}",
        "=": "\u{0304}", ".": "\u{0307}", "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}",
    ]
    private static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
        "i": "ı", "&": "&", "%": "%", "$": "$", "_": "_", "#": "#", "{": "{", "}": "}",
    ]

    /// The text for the command after a backslash, consuming it and an accent's argument.
    private static func command(_ scalars: inout ArraySlice<Unicode.Scalar>) -> String {
        guard let first = scalars.first else { return "\\" }
        var name = ""
        if first.properties.isAlphabetic {
            while let next = scalars.first, next.properties.isAlphabetic {
                name.unicodeScalars.append(next)
                scalars.removeFirst()
            }
        } else {
            name = String(first)
            scalars.removeFirst()
        }
        if name.unicodeScalars.count == 1, let mark = accents[name.unicodeScalars[name.unicodeScalars.startIndex]] {
            while scalars.first == " " { scalars.removeFirst() }
            let braced = scalars.first == "{"
            if braced { scalars.removeFirst() }
            guard let next = scalars.popFirst() else { return "" }
            // `\'{\i}` puts the accent on a dotless i.
            let commandBase = next == "\\" ? command(&scalars) : String(next)
            let base = commandBase == "ı" ? "i" : commandBase
            if braced, scalars.first == "}" { scalars.removeFirst() }
            return (base + String(Character(mark))).precomposedStringWithCanonicalMapping
        }
        if let symbol = symbols[name] { return symbol }
        while scalars.first == " " { scalars.removeFirst() }
        return ""
    }
}
