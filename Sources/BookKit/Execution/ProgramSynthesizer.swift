/// Turns a chapter's cells into one Swift program: the cells in order as top-level code,
/// each announced to the runtime and each mapped back to its Markdown lines.
///
/// An inline value becomes a closure handed to the runtime, which formats its result:
/// the expression sits on its own line, indented so that it starts at the same column as
/// in the Markdown, so the compiler reports errors at the value's line and column.
public enum ProgramSynthesizer {
    public static func program(for cells: [Cell], chapterPath: String) -> String {
        var program = "import BookRuntime\n"
        for cell in cells {
            program += "_bookBeginCell(\(cell.index))\n"
            switch cell.kind {
            case .code:
                program += "#sourceLocation(file: \(swiftStringLiteral(chapterPath)), line: \(cell.firstLine))\n"
                program += cell.source
                if !cell.source.hasSuffix("\n") { program += "\n" }
                program += "#sourceLocation()\n"
            case .inlineValue:
                program += "_bookInlineValue({\n"
                program += "#sourceLocation(file: \(swiftStringLiteral(chapterPath)), line: \(cell.firstLine))\n"
                program += String(repeating: " ", count: max(0, cell.column - 1)) + cell.source + "\n"
                program += "#sourceLocation()\n"
                program += "})\n"
            }
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
