/// An inline value's HTML: the text the program computed, escaped; or, when it has none,
/// the expression with why (an error at the value, or the chapter stopped before it), so
/// the problem shows in place like a cell's.
struct InlineValueRenderer {
    var path: String
    /// The chapter's results; nil outside a build (`book markdown`): values show their source.
    var run: ChapterRun?

    func render(_ cell: Cell) -> String {
        let source = "<code>{swift} \(cell.source.htmlEscaped)</code>"
        guard let run else { return source }
        if let text = run.value(of: cell.index) {
            return "<span class=\"inline-value\">\(text.htmlEscaped)</span>"
        }
        let errors = run.compilerDiagnostics.filter { $0.file == path && $0.severity == .error && cell.contains($0.location) }
        if !errors.isEmpty {
            return error(source, "does not compile: " + errors.map(\.message).joined(separator: "; "))
        }
        switch run.failure {
        case let .crashed(failed, reason) where failed == cell.index:
            return error(source, "stopped the chapter: \(reason)")
        case let .timedOut(failed, seconds) where failed == cell.index:
            return error(source, "was still running when the chapter's time limit of \(Int(seconds)) s ran out")
        case .notSelected:
            return missing(source, "not run in this build")
        case .compile:
            return missing(source, "not computed: the chapter does not compile")
        case .some:
            return missing(source, "not computed: an earlier cell failed")
        case nil:
            return missing(source, "not computed")
        }
    }

    private func error(_ source: String, _ message: String) -> String {
        "<span class=\"inline-error\" role=\"alert\">\(source) \(message.htmlEscaped)</span>"
    }

    private func missing(_ source: String, _ reason: String) -> String {
        "<span class=\"inline-missing\" title=\"\(reason.htmlEscaped)\">\(source)</span>"
    }
}
