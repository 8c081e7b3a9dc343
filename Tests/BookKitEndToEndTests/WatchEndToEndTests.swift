import XCTest

/// `book watch` rebuilds after a save, says what changed, and stops cleanly on Ctrl-C.
final class WatchEndToEndTests: XCTestCase {
    func testWatchRebuildsOnChangeAndStopsOnInterrupt() throws {
        let book = try FixtureBook(chapters: ["01-a.md": "# A\n\nFirst words.\n\n```swift\nprint(1)\n```\n"])
        defer { book.remove() }
        let process = try book.start(["watch"], name: "watch")
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        XCTAssertTrue(book.wait(seconds: 30) { book.text("watch.out").contains("watching chapters/") }, book.text("watch.err"))

        try book.write(chapter: "01-a.md", "# A\n\nSecond words.\n\n```swift\nprint(1)\n```\n")
        XCTAssertTrue(book.wait(seconds: 30) { book.text("output/01-a.html").contains("Second words.") })
        XCTAssertTrue(book.wait(seconds: 5) { book.text("watch.out").contains("(0 run, 1 cached)") }, book.text("watch.out"))
        XCTAssertTrue(book.text("watch.out").contains("changed: chapters/01-a.md"), book.text("watch.out"))

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
    }
}
