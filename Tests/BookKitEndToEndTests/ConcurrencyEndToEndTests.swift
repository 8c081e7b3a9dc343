import XCTest

/// Two builds of one book at once take turns through the lock and both succeed.
final class ConcurrencyEndToEndTests: XCTestCase {
    func testConcurrentBuildsWaitForEachOther() throws {
        let book = try FixtureBook(chapters: [
            "01-a.md": "# A\n\n```swift\nThread.sleep(forTimeInterval: 1)\nprint(\"a done\")\n```\n",
        ])
        defer { book.remove() }
        let first = try book.start(["build", "--no-cache"], name: "first")
        let second = try book.start(["build", "--no-cache"], name: "second")
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0, book.text("first.err"))
        XCTAssertEqual(second.terminationStatus, 0, book.text("second.err"))
        let messages = book.text("first.err") + book.text("second.err")
        XCTAssertTrue(messages.contains("waiting for another build (pid "), messages)
        XCTAssertTrue(try book.page("01-a.html").contains("a done"))
        XCTAssertEqual(try book.rootEntries().filter { $0.hasPrefix(".output.") }, [])
    }
}
