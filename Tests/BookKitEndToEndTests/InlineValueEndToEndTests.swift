import XCTest

/// A fixture book that writes computed numbers into its prose with `{swift} expr`: the
/// values in the page, errors at their Markdown line and column, and the cache.
final class InlineValueEndToEndTests: XCTestCase {
    static let chapter = """
    # Values

    ```swift
    let kappa = 1234.5678
    let tiny = 1.2e-8
    let steps = 123456
    let name = "SGD <momentum>"
    ```

    ## After `{swift} steps` steps

    The condition number is `{swift} kappa`, or `{swift} fmt(kappa, digits: 2)`; a
    tiny step is `{swift} tiny`, and `{swift} name` ran `{swift} fmt(0.5, decimals: 3)`.

    ```swift
    //| caption: Halving gives `{swift} kappa / 2`.
    let half = kappa / 2
    try show(Figure(x: .linear("x"), y: .linear("y")) { Line([0, 1], [half, 0]) })
    ```

    | optimizer | steps |
    |-----------|-------|
    | `{swift} name` | `{swift} steps * 2` |
    """

    func testValuesAppearFormattedAndEscapedWhereTheyAreWritten() throws {
        let book = try FixtureBook(chapters: ["01-values.md": Self.chapter])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "no warnings")
        let page = try book.page("01-values.html")
        func value(_ text: String) -> String { "<span class=\"inline-value\">\(text)</span>" }
        XCTAssertTrue(page.contains("<h2 id=\"after-steps\"><span class=\"secnum\">1.1</span> After \(value("123\u{2009}456")) steps"), page)
        XCTAssertTrue(page.contains("The condition number is \(value("1235")), or \(value("1200"));"), page)
        XCTAssertTrue(page.contains("a\ntiny step is \(value("1.2 × 10⁻⁸")), and \(value("SGD &lt;momentum&gt;")) ran \(value("0.500"))."), page)
        XCTAssertTrue(page.contains("<figcaption><span class=\"caption-number\">Figure 1.1:</span> Halving gives \(value("617.3")).</figcaption>"), page)
        XCTAssertTrue(page.contains("<td>\(value("SGD &lt;momentum&gt;"))</td><td>\(value("246\u{2009}912"))</td>"), page)
        XCTAssertFalse(page.contains("{swift}"), "every value was computed")

        let again = try book.run(["build", "--no-cache"])
        XCTAssertEqual(try book.page("01-values.html"), page, "deterministic:\n\(again.stderr)")
    }

    func testAValueThatDoesNotCompileOrTrapsIsAnErrorAtItsLineAndColumn() throws {
        let book = try FixtureBook(chapters: [
            "01-typo.md": "# Typo\n\n```swift\nlet xs = [1, 2]\n```\n\nCount: `{swift} xss.count`, first `{swift} xs[0]`.\n",
            "02-trap.md": "# Trap\n\n```swift\nlet xs = [1, 2]\n```\n\nThird: `{swift} xs[2]`.\n\n```swift\nprint(\"later\")\n```\n",
        ])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("chapters/01-typo.md:7:17: error: cannot find 'xss' in scope"), result.stderr)
        XCTAssertTrue(result.stderr.contains("chapters/02-trap.md:7:17: error: inline value `xs[2]` stopped: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("Index out of range"), result.stderr)

        let typo = try book.page("01-typo.html")
        XCTAssertTrue(typo.contains("<span class=\"inline-error\" role=\"alert\"><code>{swift} xss.count</code> does not compile: cannot find &#39;xss&#39; in scope</span>"), typo)
        XCTAssertTrue(typo.contains("title=\"not computed: the chapter does not compile\"><code>{swift} xs[0]</code>"), typo)
        let trap = try book.page("02-trap.html")
        XCTAssertTrue(trap.contains("<code>{swift} xs[2]</code> stopped the chapter: "), trap)
        XCTAssertTrue(trap.contains("Not run: an earlier cell failed."), trap)

        // A prose edit on the value's line is served from the cache; the error moves with the value.
        try book.write(chapter: "01-typo.md", "# Typo\n\n```swift\nlet xs = [1, 2]\n```\n\nThe count: `{swift} xss.count`, first `{swift} xs[0]`.\n")
        let cached = try book.run(["build", "01"])
        XCTAssertTrue(cached.stdout.contains("chapters/01-typo.md  cached"), cached.stdout)
        XCTAssertTrue(cached.stderr.contains("chapters/01-typo.md:7:21: error: cannot find 'xss' in scope"), cached.stderr)
    }

    func testProseEditsAroundValuesReuseTheRunAndExpressionEditsRerun() throws {
        let text = "# Cache\n\n```swift\nlet n = 41\n```\n\nThe answer is `{swift} n + 1`.\n"
        let book = try FixtureBook(chapters: ["01-cache.md": text])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        let compiled = try XCTUnwrap(book.executableDate(of: "01-cache"))

        try book.write(chapter: "01-cache.md", text.replacingOccurrences(
            of: "The answer is", with: "Some new words.\n\nThe *real* answer, as computed, is"))
        let prose = try book.run(["build", "--verbose"])
        XCTAssertEqual(prose.status, 0, prose.stderr)
        XCTAssertFalse(prose.stdout.contains("compile chapters/"), prose.stdout)
        XCTAssertTrue(prose.stdout.contains("(0 run, 1 cached)"), prose.stdout)
        XCTAssertEqual(book.executableDate(of: "01-cache"), compiled)
        XCTAssertTrue(try book.page("01-cache.html").contains("The <em>real</em> answer, as computed, is <span class=\"inline-value\">42</span>."))

        try book.write(chapter: "01-cache.md", text.replacingOccurrences(of: "n + 1", with: "n * 1000"))
        let expression = try book.run(["build", "--verbose"])
        XCTAssertEqual(expression.status, 0, expression.stderr)
        XCTAssertTrue(expression.stdout.contains("compile chapters/01-cache.md"), expression.stdout)
        XCTAssertTrue(try book.page("01-cache.html").contains("The answer is <span class=\"inline-value\">41\u{2009}000</span>."))
    }
}
