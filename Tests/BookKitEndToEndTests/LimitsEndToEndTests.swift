import XCTest

/// A looping chapter is stopped at its time limit with everything it started, and a
/// chatty cell's output is capped with a visible note.
final class LimitsEndToEndTests: XCTestCase {
    func testTimeoutKillsTheWholeProcessTreeAndNamesTheCell() throws {
        let marker = "\(Int.random(in: 100_000...999_999))"
        let book = try FixtureBook(chapters: ["01-loop.md": """
            # Loop

            ```swift
            print("first cell done")
            ```

            ```swift
            //| timeout: 2
            let sleeper = Process()
            sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
            sleeper.arguments = ["\(marker)"]
            try sleeper.run()
            print("spawned sleep")
            while true {}
            ```
            """])
        defer { book.remove() }
        let start = Date()
        let result = try book.run(["build"])
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(result.status, 1)
        XCTAssertLessThan(elapsed, 15, "the 2 s limit applies, not the 300 s default")
        XCTAssertTrue(result.stderr.contains("chapters/01-loop.md:8: error: timed out after 2 s while running cell 2"),
                      result.stderr)
        let page = try book.page("01-loop.html")
        XCTAssertTrue(page.contains("first cell done"))
        XCTAssertTrue(page.contains("spawned sleep"))
        let cell2 = try XCTUnwrap(page.range(of: "id=\"cell-2\""))
        let note = try XCTUnwrap(page.range(of: "Timed out"))
        XCTAssertTrue(cell2.upperBound < note.lowerBound)
        XCTAssertEqual(liveProcesses(commandLineContaining: "sleep \(marker)"), [])

        // A timeout may be the machine's fault: it is not cached.
        let again = try book.run(["build"])
        XCTAssertTrue(again.stdout.contains("(1 run, 0 cached)"), again.stdout)
    }

    func testOutputBeyondTheLimitIsTruncatedVisibly() throws {
        let book = try FixtureBook(chapters: ["01-chatty.md": """
            # Chatty

            ```swift
            let line = String(repeating: "y", count: 99)
            for _ in 0..<20_000 { print(line) }
            ```

            ```swift
            print("next cell still has its own output")
            ```
            """])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try book.page("01-chatty.html")
        XCTAssertTrue(page.contains("[output truncated"))
        XCTAssertLessThan(page.utf8.count, 1_200_000, "2 MB printed, at most 1 MB kept")
        XCTAssertGreaterThan(page.utf8.count, 1_000_000)
        XCTAssertTrue(page.contains("next cell still has its own output"))
    }
}
