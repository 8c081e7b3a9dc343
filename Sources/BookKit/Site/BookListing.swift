import Foundation

/// What `book list` shows about a chapter: where it is, its title, how many cells run,
/// and the labels other pages can refer to.
public struct ChapterListing: Sendable {
    public var path: String
    public var title: String
    public var cells: Int
    /// Cell labels (`//| label: fig-x`) and heading labels (`## Title {#sec-x}`), in source order.
    public var labels: [String]

    /// Lists `chapters` with the labels found in their Markdown.
    public static func list(_ chapters: [Chapter]) -> [ChapterListing] {
        chapters.map { chapter in
            ChapterListing(path: chapter.path, title: chapter.title, cells: chapter.cells.count,
                           labels: labels(in: chapter.source))
        }
    }

    /// Labels in Markdown source: `//| label:` option lines and `{#id}` at the end of ATX headings.
    static func labels(in source: String) -> [String] {
        source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            let text = line.trimmed
            if text.hasPrefix("//|") {
                let option = text.dropFirst(3).trimmed
                guard option.hasPrefix("label:") else { return nil }
                let label = option.dropFirst("label:".count).trimmed
                return label.isEmpty ? nil : label
            }
            guard text.hasPrefix("#"), text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards)
            else { return nil }
            let label = text[open.upperBound..<text.index(before: text.endIndex)]
            return label.isEmpty || label.contains(" ") ? nil : String(label)
        }
    }
}
