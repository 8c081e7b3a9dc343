/// Markdown to an HTML fragment through the book's parser and renderer, without running
/// cells: what `book markdown` prints, for authors debugging their prose and for tests.
public enum MarkdownFragment {
    public static func render(_ markdown: String) -> String {
        let chapter = Chapter(path: "<stdin>", markdown: markdown)
        return ChapterPage(chapter: chapter, run: ChapterRun()).body()
    }
}
