/// Quarto-style options written as leading `//| key: value` lines of a cell.
public struct CellOptions: Equatable, Sendable {
    /// Label of the cell's figure, e.g. `fig-gd-paths`, for cross-references.
    public var label: String?
    /// Caption of the cell's figure.
    public var caption: String?
    /// Show the code (default) or hide it and show only the results.
    public var echo = true
    /// Show the results (default) or hide them.
    public var output = true
    /// Run the cell (default) or only show its code.
    public var eval = true
    /// Collapse the code behind a summary line.
    public var fold = false
    /// Seconds the whole chapter program may run, overriding the build's default.
    public var timeout: Double?
    /// Where the `caption` text starts in the Markdown, so the caption's Markdown (and any
    /// inline value in it) reports problems at the right line and column.
    public var captionLocation: SourceLocation?

    public init() {}

    static let keys = ["label", "caption", "echo", "output", "eval", "fold", "timeout"]

    static func isOptionLine<S: StringProtocol>(_ line: S) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.hasPrefix("//|")
    }

    /// Parses the leading option lines of `source`, reporting unknown keys and bad values.
    static func parse(_ source: String, file: String, firstLine: Int) -> (CellOptions, [Diagnostic]) {
        var options = CellOptions()
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard isOptionLine(rawLine) else { break }
            let location = SourceLocation(file: file, line: firstLine + offset)
            let body = rawLine.drop { $0 == " " || $0 == "\t" }.dropFirst(3)
            guard let colon = body.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(.warning, at: location,
                                              "cell option '\(body.trimmed)' needs the form '//| key: value'"))
                continue
            }
            let key = body[..<colon].trimmed
            let value = body[body.index(after: colon)...].trimmed
            func flag() -> Bool? {
                switch value {
                case "true": return true
                case "false": return false
                default:
                    diagnostics.append(Diagnostic(.warning, at: location,
                                                  "cell option '\(key)' must be true or false, not '\(value)'"))
                    return nil
                }
            }
            switch key {
            case "label": options.label = value
            case "caption":
                options.caption = value
                // The value starts after the colon and the blanks that follow it.
                let afterColon = rawLine[rawLine.index(after: colon)...]
                let blanks = afterColon.prefix { $0 == " " || $0 == "\t" }
                options.captionLocation = SourceLocation(
                    file: file, line: location.line,
                    column: rawLine[..<colon].utf8.count + 1 + blanks.utf8.count + 1)
            case "echo": options.echo = flag() ?? options.echo
            case "output": options.output = flag() ?? options.output
            case "eval": options.eval = flag() ?? options.eval
            case "fold": options.fold = flag() ?? options.fold
            case "timeout":
                if let seconds = Double(value), seconds > 0 {
                    options.timeout = seconds
                } else {
                    diagnostics.append(Diagnostic(.warning, at: location,
                                                  "cell option 'timeout' must be a positive number of seconds, not '\(value)'"))
                }
            default:
                let hint = Suggestion.nearest(to: key, in: keys).map { "did you mean '\($0)'?" }
                    ?? "known: \(keys.joined(separator: ", "))"
                diagnostics.append(Diagnostic(.warning, at: location, "unknown cell option '\(key)'; \(hint)"))
            }
        }
        return (options, diagnostics)
    }
}

extension StringProtocol {
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
