import XCTest

/// Results are reused when only prose changes, and recomputed exactly where code changed.
final class CacheEndToEndTests: XCTestCase {
    static let first = "# First\n\nSome prose.\n\n```swift\nlet x = 20\nprint(\"x =\", x)\ncheck(\"x is twenty\", x == 20)\n```\n"
    static let second = "# Second\n\n```swift\nprint(\"second says hi\")\n```\n"

    func testProseEditIsServedFromTheCacheWithoutCompiling() throws {
        let book = try FixtureBook(chapters: ["01-first.md": Self.first, "02-second.md": Self.second])
        defer { book.remove() }
        let cold = try book.run(["build", "--verbose"])
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertTrue(cold.stdout.contains("compile chapters/01-first.md: "), cold.stdout)
        let compiled = try XCTUnwrap(book.executableDate(of: "01-first"))

        try book.write(chapter: "01-first.md", Self.first.replacingOccurrences(
            of: "Some prose.", with: "Some *reworded* prose,\nnow over two lines."))
        let warm = try book.run(["build", "--verbose"])
        XCTAssertEqual(warm.status, 0, warm.stderr)
        XCTAssertFalse(warm.stdout.contains("compile chapters/"), "nothing compiles after a prose edit:\n\(warm.stdout)")
        XCTAssertTrue(warm.stdout.contains("ok     chapters/01-first.md  cached"), warm.stdout)
        XCTAssertTrue(warm.stdout.contains("(0 run, 2 cached)"), warm.stdout)
        XCTAssertEqual(book.executableDate(of: "01-first"), compiled)
        let page = try book.page("01-first.html")
        XCTAssertTrue(page.contains("<em>reworded</em>"))
        XCTAssertTrue(page.contains("x = 20"))
        XCTAssertTrue(page.contains("check pass"))
    }

    func testCodeEditRerunsOnlyThatChapter() throws {
        let book = try FixtureBook(chapters: ["01-first.md": Self.first, "02-second.md": Self.second])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        try book.write(chapter: "02-second.md", Self.second.replacingOccurrences(of: "hi", with: "hello"))
        let result = try book.run(["build", "--verbose"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("compile chapters/01-first.md"), result.stdout)
        XCTAssertTrue(result.stdout.contains("compile chapters/02-second.md"), result.stdout)
        XCTAssertTrue(result.stdout.contains("ok     chapters/01-first.md  cached"), result.stdout)
        XCTAssertTrue(try book.page("02-second.html").contains("second says hello"))

        let forced = try book.run(["build", "--no-cache"])
        XCTAssertTrue(forced.stdout.contains("(2 run, 0 cached)"), forced.stdout)
    }

    func testCorruptEntryIsRebuilt() throws {
        let book = try FixtureBook(chapters: ["01-first.md": Self.first])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        let entry = book.url(".book-cache/results/01-first.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: entry.path))
        try Data([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37]).write(to: entry)
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("(1 run, 0 cached)"), result.stdout)
        XCTAssertTrue(try book.page("01-first.html").contains("x = 20"))
        let again = try book.run(["build"])
        XCTAssertTrue(again.stdout.contains("(0 run, 1 cached)"), "the rebuilt entry is valid:\n\(again.stdout)")
    }
}
