import Foundation

/// What `book list` shows about a chapter: where it is, its title, how many cells and
/// inline values run, and the labels other pages can refer to.
public struct ChapterListing: Sendable {
    public var path: String
    public var title: String
    /// Code cells that run.
    public var cells: Int
    /// Inline values (`` `{swift} expr` ``) in the prose and captions.
    public var inlineValues: Int
    /// Every label the chapter defines, in reading order: cells (`//| label: fig-x`),
    /// headings (`{#sec-x}`), equations (`{#eq-x}`) and tables (`{#tbl-x}`).
    public var labels: [String]

    /// Lists `chapters` with the labels of their outlines, the same that references resolve
    /// against (nothing is run: a cell's label counts even before its figure exists).
    public static func list(_ chapters: [Chapter]) -> [ChapterListing] {
        chapters.map { chapter in
            let outline = ChapterOutline(chapter: chapter, run: ChapterRun(), number: nil)
            return ChapterListing(path: chapter.path, title: chapter.title, cells: chapter.codeCells.count,
                                  inlineValues: chapter.cells.count - chapter.codeCells.count,
                                  labels: outline.labels.map(\.label))
        }
    }
}
