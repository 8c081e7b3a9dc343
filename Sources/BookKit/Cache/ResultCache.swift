import Foundation

/// Cell results of earlier runs, one file per chapter under `<cache>/results/`, reused
/// when nothing that can change them has changed.
///
/// An entry stores the key it was made for and is trusted only when that key matches
/// the current one; an entry that cannot be read or decoded is ignored (and overwritten
/// by the next run), never trusted. Entries are written atomically.
///
/// What is cached: complete runs, compile failures and crashes (with a seeded RNG these
/// are deterministic, and rerunning a chapter that fails the same way on every build
/// would make every build slow). What is not: timeouts, launch failures and programs
/// killed by SIGKILL (a loaded machine, the out-of-memory killer or an interrupted build
/// may cause them; see `ChapterRun.isTransient`).
public struct ResultCache: Sendable {
    /// The cache directory, e.g. `/book/.book-cache`.
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    private struct Entry: Codable {
        var key: String
        /// Markdown line of each cell's first code line when the program ran, by cell order.
        var cellLines: [Int]
        /// Column of each cell (where an inline value's expression started), by cell order.
        var cellColumns: [Int]?
        var run: ChapterRun
    }

    func entryPath(for chapter: Chapter) -> String {
        "\(directory)/results/\(chapter.slug).json"
    }

    /// The cached run of `chapter` for `key`, with line numbers moved to where the cells
    /// are now (a prose edit above a cell shifts it without changing its code).
    public func lookup(_ chapter: Chapter, key: String) -> ChapterRun? {
        guard let data = FileManager.default.contents(atPath: entryPath(for: chapter)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.key == key, entry.cellLines.count == chapter.cells.count
        else { return nil }
        return entry.run.relocated(in: chapter.path, cells: chapter.cells, from: entry.cellLines,
                                   columns: entry.cellColumns ?? chapter.cells.map(\.column))
    }

    /// Remembers `run` for `chapter` under `key`, unless it may not happen again.
    public func store(_ run: ChapterRun, for chapter: Chapter, key: String) throws {
        guard !run.isTransient else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let entry = Entry(key: key, cellLines: chapter.cells.map(\.firstLine), cellColumns: chapter.cells.map(\.column), run: run)
        try AtomicFile.write(try encoder.encode(entry), to: entryPath(for: chapter))
    }

    /// The key for `chapter`'s results: the toolchain fingerprint, the output limit, the
    /// chapter's path and its program with every cell moved to line 1 (an inline value to
    /// column 1) and its option lines blanked. Prose, cell and inline value positions and
    /// display options (`caption`, `echo`, `fold`, ...) are left out: they change the page,
    /// not what the program prints; an inline value's expression is in. A cell's
    /// `timeout` is left out too, since timed-out runs are never cached.
    public static func key(for chapter: Chapter, fingerprint: ToolchainFingerprint, outputLimit: Int) -> String {
        let normalized = chapter.cells.map { cell -> Cell in
            var cell = cell
            cell.firstLine = 1
            cell.column = 1
            cell.source = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
                .map { CellOptions.isOptionLine($0) ? "" : String($0) }
                .joined(separator: "\n")
            return cell
        }
        var hasher = SHA256()
        hasher.update(field: fingerprint.digest)
        hasher.update(field: String(outputLimit))
        hasher.update(field: chapter.path)
        hasher.update(field: ProgramSynthesizer.program(for: normalized, chapterPath: chapter.path))
        return hasher.finalizeHex()
    }
}
