extension BlockAttributes {
    /// Splits trailing `{#id .class -}` off the end of a heading's or caption's inlines.
    ///
    /// Returns the inlines unchanged and `nil` when they do not end with a well-formed
    /// attribute list, so `## Sets {a, b}` keeps its braces.
    static func split(_ inlines: [Inline]) -> ([Inline], BlockAttributes?) {
        guard case .text(let text)? = inlines.last else { return (inlines, nil) }
        let trimmedText = text.trimmingTrailingWhitespace
        guard trimmedText.hasSuffix("}"), let open = trimmedText.lastIndex(of: "{"),
              let attributes = parse(trimmedText[trimmedText.index(after: open)..<trimmedText.index(before: trimmedText.endIndex)])
        else { return (inlines, nil) }
        var result = Array(inlines.dropLast())
        let before = String(trimmedText[..<open]).trimmingTrailingWhitespace
        if !before.isEmpty { result.append(.text(before)) }
        while let last = result.last, last == .softBreak || last == .lineBreak { result.removeLast() }
        return (result, attributes)
    }

    /// `#id`, `.class`, `-` (unnumbered) and `key=value` (ignored), separated by spaces.
    static func parse<S: StringProtocol>(_ body: S) -> BlockAttributes? {
        var attributes = BlockAttributes()
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { return nil }
        for word in words {
            if word == "-" {
                attributes.classes.append("unnumbered")
            } else if word.hasPrefix("#"), word.count > 1 {
                attributes.id = String(word.dropFirst())
            } else if word.hasPrefix("."), word.count > 1 {
                attributes.classes.append(String(word.dropFirst()))
            } else if !word.contains("=") {
                return nil
            }
        }
        return attributes
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
