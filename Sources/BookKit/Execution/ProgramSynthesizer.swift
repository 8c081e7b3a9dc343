/// Turns a chapter's cells into one Swift program: the cells in order as top-level code,
/// each announced to the runtime and each mapped back to its Markdown lines.
public enum ProgramSynthesizer {
    public static func program(for cells: [Cell], chapterPath: String) -> String {
        var program = "import BookRuntime\n"
        for cell in cells {
            program += "_bookBeginCell(\(cell.index))\n"
            program += "#sourceLocation(file: \(swiftStringLiteral(chapterPath)), line: \(cell.firstLine))\n"
            program += cell.source
            if !cell.source.hasSuffix("\n") { program += "\n" }
            program += "#sourceLocation()\n"
        }
        program += "_bookFinish()\n"
        return program
    }

    /// `text` as a Swift string literal.
    static func swiftStringLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
