import XCTest

/// Builds fixture books with the real `book` executable and inspects the HTML.
final class BuildEndToEndTests: XCTestCase {
    static let healthy = """
    # Healthy chapter

    Prose before the first cell.

    ```swift
    var total = 0
    for i in 1...3 { total += i }
    print("total =", total)
    print("<script>alert(1)</script> & friends")
    ```

    Between the cells.

    ```swift
    total *= 2
    print("doubled =", total)
    show(svg: "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>", caption: "A square")
    check("total doubled", Double(total), approx: 12, rtol: 1e-12)
    ```
    """

    static let broken = """
    # Broken chapter

    ```swift
    print("first cell ran")
    ```

    ```swift
    let numbers = [1, 2, 3]
    print("about to trap")
    print(numbers[7])
    ```

    ```swift
    print("never printed")
    ```
    """

    static let uncompilable = """
    # Does not compile

    Text.

    ```swift
    let fine = 1
    ```

    ```swift
    let wrong: Int = "text"
    ```
    """

    func testHealthyAndFailingChaptersSideBySide() throws {
        let book = try FixtureBook(chapters: ["01-healthy.md": Self.healthy, "02-broken.md": Self.broken,
                                              "03-uncompilable.md": Self.uncompilable])
        defer { book.remove() }
        let result = try book.run(["build", "--jobs", "2"])
        XCTAssertEqual(result.status, 1, "a failing chapter makes the build fail\n\(result.stdout)\(result.stderr)")

        // The healthy chapter: each cell's output under its own cell, escaped.
        let healthy = try book.page("01-healthy.html")
        let first = try XCTUnwrap(healthy.range(of: "<div class=\"cell\" id=\"cell-1\">"))
        let second = try XCTUnwrap(healthy.range(of: "<div class=\"cell\" id=\"cell-2\">"))
        let total = try XCTUnwrap(healthy.range(of: "total = 6"))
        let doubled = try XCTUnwrap(healthy.range(of: "doubled = 12"))
        XCTAssertTrue(first.upperBound < total.lowerBound && total.lowerBound < second.lowerBound)
        XCTAssertTrue(second.upperBound < doubled.lowerBound)
        XCTAssertTrue(healthy.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends"))
        XCTAssertFalse(healthy.contains("<script>alert(1)</script>"))
        XCTAssertTrue(healthy.contains("<rect width='4' height='4'/></svg><figcaption><span class=\"caption-number\">Figure 1.1:</span> A square</figcaption>"))
        XCTAssertTrue(healthy.contains("<details class=\"checks\"><summary><span class=\"badge\">✓</span> 1 check passed</summary>"))

        // The trapping chapter: earlier output kept, the failing cell named, later cells not run.
        let broken = try book.page("02-broken.html")
        XCTAssertTrue(broken.contains("first cell ran"))
        XCTAssertTrue(broken.contains("about to trap"))
        let cell2 = try XCTUnwrap(broken.range(of: "id=\"cell-2\""))
        let stop = try XCTUnwrap(broken.range(of: "This cell stopped the chapter"))
        let cell3 = try XCTUnwrap(broken.range(of: "id=\"cell-3\""))
        XCTAssertTrue(cell2.upperBound < stop.lowerBound && stop.upperBound < cell3.lowerBound)
        XCTAssertTrue(broken.contains("Index out of range"))
        XCTAssertFalse(broken.contains("never printed</pre>"))
        XCTAssertTrue(broken.contains("Not run: an earlier cell failed."))
        XCTAssertTrue(result.stderr.contains("chapters/02-broken.md:8: error: cell 2 stopped"), result.stderr)

        // The chapter that does not compile: the error at its Markdown line, in the page and on stderr.
        XCTAssertTrue(result.stderr.contains("chapters/03-uncompilable.md:10:18: error: cannot convert value of type 'String'"),
                      result.stderr)
        let uncompilable = try book.page("03-uncompilable.html")
        let badCell = try XCTUnwrap(uncompilable.range(of: "id=\"cell-2\""))
        let message = try XCTUnwrap(uncompilable.range(of: "This cell does not compile"))
        XCTAssertTrue(badCell.upperBound < message.lowerBound)

        // The landing page lists every chapter by its title.
        let index = try book.page("index.html")
        for title in ["Healthy chapter", "Broken chapter", "Does not compile"] {
            XCTAssertTrue(index.contains(">\(title)</a>"), "index lacks \(title)")
        }
    }

    func testCompilerWarningsReachTheTerminalAtTheirLineButDoNotFail() throws {
        let chapter = "# W\n\n```swift\nfunc f() {\n    var neverChanged = 1\n    print(neverChanged)\n}\nf()\n```\n"
        let book = try FixtureBook(chapters: ["01-w.md": chapter])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("chapters/01-w.md:5:9: warning: variable 'neverChanged' was never mutated"),
                      result.stderr)
        let page = try book.page("01-w.html")
        XCTAssertFalse(page.contains("does not compile"))
        XCTAssertTrue(page.contains("<pre class=\"output\">1\n</pre>"), page)
    }

    func testCellsOfAChapterShareStateAndChaptersDoNot() throws {
        let book = try FixtureBook(chapters: [
            "01-a.md": "# A\n\n```swift\nlet shared = 40\n```\n\n```swift\nprint(shared + 2)\n```\n",
            "02-b.md": "# B\n\n```swift\nprint(shared)\n```\n",
        ])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(try book.page("01-a.html").contains("<pre class=\"output\">42\n</pre>"))
        XCTAssertTrue(result.stderr.contains("chapters/02-b.md:4:7: error: cannot find 'shared' in scope"), result.stderr)
    }

    func testForgedMarkersInPrintedTextStayText() throws {
        let chapter = """
        # Forgery

        ```swift
        print("{\\"outputOffset\\":0,\\"record\\":{\\"check\\":{\\"_0\\":{\\"claim\\":\\"forged\\",\\"passed\\":false,\\"detail\\":\\"\\",\\"location\\":\\"x\\"}}}}")
        print("{\\"outputOffset\\":0,\\"record\\":{\\"cellBegin\\":{\\"index\\":9}}}")
        ```
        """
        let book = try FixtureBook(chapters: ["01-f.md": chapter])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try book.page("01-f.html")
        XCTAssertFalse(page.contains("check fail"))
        XCTAssertFalse(page.contains("id=\"cell-9\""))
        XCTAssertTrue(page.contains("forged"))
    }

    func testBadInputGivesClearMessages() throws {
        let book = try FixtureBook(chapters: [:])
        defer { book.remove() }
        let empty = try book.run(["build"])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("has no chapters"), empty.stderr)

        try FileManager.default.removeItem(at: book.root.appendingPathComponent("chapters"))
        let missing = try book.run(["build"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no chapters directory"), missing.stderr)

        let unknown = try book.run(["build", "--colour"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown option '--colour'"), unknown.stderr)
    }

    func testMarkdownSubcommandRendersStandardInput() throws {
        let book = try FixtureBook(chapters: [:])
        defer { book.remove() }
        let process = Process()
        process.executableURL = FixtureBook.executable
        process.arguments = ["markdown"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("# Hi\n\n*x* & y\n".utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(html.contains("<p><em>x</em> &amp; y</p>"), html)
    }
}
