/// Which chapters `book build 03 chapters/05-x.md` names.
enum ChapterSelection {
    /// The chapters matching any of `names`: a path (`chapters/03-metrics.md`), a file name
    /// (`03-metrics.md`), a slug (`03-metrics`) or a slug's prefix (`03`).
    static func select(_ names: [String], from chapters: [Chapter]) throws -> Set<String> {
        var selected: Set<String> = []
        for name in names {
            let trimmed = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
            let matches = chapters.filter { chapter in
                chapter.path == trimmed || "\(chapter.slug).md" == trimmed || chapter.slug.hasPrefix(trimmed)
            }
            guard !matches.isEmpty else {
                throw BookError.unknownChapter(name, available: chapters.map(\.slug))
            }
            selected.formUnion(matches.map(\.slug))
        }
        return selected
    }
}
