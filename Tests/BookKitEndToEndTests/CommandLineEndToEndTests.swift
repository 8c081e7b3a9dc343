import XCTest

/// The commands, their messages and exit statuses.
final class CommandLineEndToEndTests: XCTestCase {
    static let a = "# A\n\n```swift\nprint(\"a ran\")\n```\n"
    static let b = "# B\n\n## Details {#sec-details}\n\n```swift\n//| label: fig-b\nprint(\"b ran\")\n```\n"

    func testTyposGetSuggestionsAndUsageErrorsExitTwo() throws {
        let book = try FixtureBook(chapters: ["01-a.md": Self.a])
        defer { book.remove() }
        let option = try book.run(["build", "--job", "2"])
        XCTAssertEqual(option.status, 2)
        XCTAssertEqual(option.stderr, "error: unknown option '--job' for 'book build'; did you mean '--jobs'?\n")
        let command = try book.run(["biuld"])
        XCTAssertEqual(command.status, 2)
        XCTAssertTrue(command.stderr.contains("unknown command 'biuld'; did you mean 'build'?"), command.stderr)
        let value = try book.run(["build", "--jobs", "many"])
        XCTAssertEqual(value.status, 2)
        XCTAssertTrue(value.stderr.contains("option '--jobs' expects a positive whole number, not 'many'"), value.stderr)
        let chapter = try book.run(["build", "07"])
        XCTAssertEqual(chapter.status, 2)
        XCTAssertEqual(chapter.stderr, "error: no chapter matches '07'; the chapters are: 01-a\n")
        let help = try book.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("130  interrupted"))
        XCTAssertEqual(try book.run(["build", "--help"]).status, 0)
    }

    func testVerboseListsSlowCellsWithTheirLines() throws {
        let chapter = "# Slow\n\n```swift\nprint(1)\n```\n\n```swift\nusleep(300_000)\n```\n"
        let book = try FixtureBook(chapters: ["01-slow.md": chapter])
        defer { book.remove() }
        let result = try book.run(["build", "--verbose"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let timing = try XCTUnwrap(result.stdout.split(separator: "\n").first { $0.contains("cell 2 (") }, result.stdout)
        XCTAssertTrue(timing.contains("chapters/01-slow.md:8)"), String(timing))
        let seconds = try XCTUnwrap(Double(timing.split(separator: " ").dropLast().last ?? ""))
        XCTAssertGreaterThanOrEqual(seconds, 0.3)
        XCTAssertFalse(result.stdout.contains("cell 1 ("), "fast cells are not listed")
    }

    func testPartialBuildRunsOnlyTheNamedChapters() throws {
        let book = try FixtureBook(chapters: ["01-a.md": Self.a, "02-b.md": Self.b])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        try book.write(chapter: "01-a.md", Self.a.replacingOccurrences(of: "a ran", with: "a changed"))
        try book.write(chapter: "02-b.md", Self.b.replacingOccurrences(of: "b ran", with: "b changed"))

        let partial = try book.run(["build", "chapters/02-b.md"])
        XCTAssertEqual(partial.status, 0, partial.stderr)
        XCTAssertTrue(partial.stdout.contains("skip   chapters/01-a.md"), partial.stdout)
        XCTAssertTrue(try book.page("02-b.html").contains("b changed"))
        let skipped = try book.page("01-a.html")
        XCTAssertTrue(skipped.contains("This chapter was not run in this build"), skipped)
        XCTAssertTrue(skipped.contains("Not run in this build."), skipped)
        XCTAssertFalse(skipped.contains("could not run"), "a chapter left out is not an error")
        XCTAssertFalse(skipped.contains("an earlier cell failed"))

        try book.write(chapter: "01-a.md", Self.a)
        let fromCache = try book.run(["build", "02"])
        XCTAssertTrue(fromCache.stdout.contains("ok     chapters/01-a.md  cached"), fromCache.stdout)
        XCTAssertTrue(try book.page("01-a.html").contains("a ran"))
    }

    func testListShowsChaptersCellsAndLabels() throws {
        let book = try FixtureBook(chapters: ["01-a.md": Self.a, "02-b.md": Self.b])
        defer { book.remove() }
        let list = try book.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout, """
            chapters/01-a.md  A  (1 cell)
            chapters/02-b.md  B  (1 cell)
                labels: sec-details, fig-b

            """)
    }

    func testOutputNotWrittenByBookIsNeverReplacedOrRemoved() throws {
        let book = try FixtureBook(chapters: ["01-a.md": Self.a])
        defer { book.remove() }
        try FileManager.default.createDirectory(at: book.url("output"), withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: book.url("output/notes.txt"))
        let build = try book.run(["build"])
        XCTAssertEqual(build.status, 2)
        XCTAssertTrue(build.stderr.contains("refusing to replace 'output'"), build.stderr)
        let clean = try book.run(["clean"])
        XCTAssertEqual(clean.status, 2)
        XCTAssertEqual(book.text("output/notes.txt"), "precious")
        XCTAssertEqual(try book.rootEntries().filter { $0.hasPrefix(".output.") }, [])

        try FileManager.default.removeItem(at: book.url("output"))
        XCTAssertEqual(try book.run(["build"]).status, 0)
        let cleaned = try book.run(["clean"])
        XCTAssertEqual(cleaned.status, 0, cleaned.stderr)
        XCTAssertEqual(cleaned.stdout, "removed output and .book-cache\n")
        XCTAssertEqual(try book.rootEntries(), ["chapters"])
    }
}
