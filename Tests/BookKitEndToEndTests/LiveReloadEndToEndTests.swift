import XCTest

/// Pages built by `book watch` reload themselves after a rebuild; `book build` pages do not.
final class LiveReloadEndToEndTests: XCTestCase {
    static let chapter = "# A\n\nFirst words.\n\n```swift\nprint(1)\n```\n"

    func testWatchedPagesPollABuildStampThatChangesWithThePage() throws {
        let book = try FixtureBook(chapters: ["01-a.md": Self.chapter])
        defer { book.remove() }
        let process = try book.start(["watch"], name: "watch")
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        XCTAssertTrue(book.wait(seconds: 60) { book.text("watch.out").contains("watching chapters/") }, book.text("watch.err"))

        let first = try XCTUnwrap(stamp(in: book.text("output/01-a.html")), book.text("output/01-a.html"))
        XCTAssertTrue(book.text("output/assets/build-stamp.js").contains("\"01-a.html\":\"\(first)\""))
        XCTAssertTrue(book.text("output/assets/live-reload.js").contains("location.reload()"))

        try book.write(chapter: "01-a.md", Self.chapter.replacingOccurrences(of: "First", with: "Second"))
        XCTAssertTrue(book.wait(seconds: 30) { book.text("output/01-a.html").contains("Second words.") })
        let second = try XCTUnwrap(stamp(in: book.text("output/01-a.html")))
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(book.text("output/assets/build-stamp.js").contains("\"01-a.html\":\"\(second)\""))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()

        let built = try book.run(["build"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let files = try book.tree("output")
        XCTAssertNil(files["assets/live-reload.js"])
        XCTAssertNil(files["assets/build-stamp.js"])
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(html.contains("live-reload") || html.contains("build-stamp") || html.contains("data-stamp"), path)
        }
    }

    private func stamp(in html: String) -> String? {
        guard let range = html.range(of: "<script src=\"assets/live-reload.js\" data-stamp=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
