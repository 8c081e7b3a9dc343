import Foundation

/// The book's full-text search index: one entry per section (the chapter's opening text
/// counts as a section), written as `assets/search-index.js`, a script that assigns a
/// global. A script, not JSON: browsers refuse `fetch` on `file://` pages, but load scripts.
struct SearchIndex {
    struct Entry: Encodable, Equatable {
        /// Chapter title with its number, e.g. "3 Second-order methods".
        var chapter: String
        /// Section title with its number, e.g. "3.2 Newton's method".
        var section: String
        /// `03-second-order.html#newtons-method`.
        var url: String
        var text: String

        /// Short keys: the index is loaded by every search.
        enum CodingKeys: String, CodingKey {
            case chapter = "c", section = "s", url = "u", text = "t"
        }
    }

    private(set) var entries: [Entry] = []

    static let path = "assets/search-index.js"

    /// Adds the sections of a chapter. Code is left out: readers search prose.
    mutating func add(_ chapter: Chapter, outline: ChapterOutline) {
        let chapterTitle = [outline.number, chapter.title].compactMap { $0 }.joined(separator: " ")
        var current = Entry(chapter: chapterTitle, section: chapterTitle, url: outline.page, text: "")
        var texts: [String] = []
        func finish() {
            current.text = texts.joined(separator: " ")
            if !current.text.isEmpty || current.section != chapterTitle { entries.append(current) }
            texts = []
        }
        for block in chapter.document.blocks {
            if case let .heading(level, content, line, _) = block, level <= 3, let section = outline.section(at: line) {
                if level == 1 {
                    current.url = "\(outline.page)#\(section.id)"
                    continue
                }
                finish()
                let title = [section.number, content.plainText].compactMap { $0 }.joined(separator: " ")
                current = Entry(chapter: chapterTitle, section: title, url: "\(outline.page)#\(section.id)", text: "")
                continue
            }
            let text = SearchIndex.text(of: block)
            if !text.isEmpty { texts.append(text) }
        }
        finish()
    }

    /// `window.BOOK_SEARCH_INDEX = [...]`, with keys in a fixed order for byte-identical builds.
    func script() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return Data("window.BOOK_SEARCH_INDEX = \(json);\n".utf8)
    }

    private static func text(of block: Block) -> String {
        let words: String
        switch block {
        case .paragraph(let content, _), .heading(_, let content, _, _):
            words = content.plainText
        case .blockQuote(let blocks):
            words = blocks.map(text).joined(separator: " ")
        case .callout(let callout):
            words = ([callout.title.plainText] + callout.blocks.map(text)).joined(separator: " ")
        case .list(let list):
            words = list.items.flatMap(\.blocks).map(text).joined(separator: " ")
        case .table(let table):
            words = ([table.caption ?? []] + table.header + table.rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
        case .codeBlock, .htmlBlock, .thematicBreak:
            words = ""
        }
        return words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
