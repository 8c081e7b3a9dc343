import XCTest

/// Ctrl-C in the middle of a build leaves the previous book, no temporary directories
/// and no chapter processes.
final class InterruptEndToEndTests: XCTestCase {
    func testInterruptedBuildKeepsThePreviousBook() throws {
        let book = try FixtureBook(chapters: ["01-slow.md": "# Slow\n\n```swift\nprint(\"old version\")\n```\n"])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        let before = try book.tree("output")

        try book.write(chapter: "01-slow.md", "# Slow\n\n```swift\nprint(\"started\")\nThread.sleep(forTimeInterval: 60)\n```\n")
        let process = try book.start(["build"], name: "interrupted")
        let running = book.wait(seconds: 30) { book.text(".book-cache/work/01-slow/output.txt").contains("started") }
        XCTAssertTrue(running, "the slow cell never started")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()

        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertTrue(book.text("interrupted.err").contains("interrupted"), book.text("interrupted.err"))
        XCTAssertEqual(try book.tree("output"), before, "the previous book is untouched")
        XCTAssertEqual(try book.rootEntries().filter { $0.hasPrefix(".output.") }, [])
        XCTAssertEqual(liveProcesses(commandLineContaining: book.url(".book-cache/work/01-slow").path), [])
    }
}
