import XCTest

/// Math is protected from Markdown, typeset by KaTeX at build time, and bad TeX warns.
final class MathEndToEndTests: XCTestCase {
    func testMathSurvivesMarkdownAndIsTypesetOffline() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let page = try book.page("01-linear-regression.html")

        // Typeset (KaTeX's MathML keeps the TeX source as an annotation).
        XCTAssertTrue(page.contains("<annotation encoding=\"application/x-tex\">a_1 * b_2</annotation>"), page)
        XCTAssertTrue(page.contains("<annotation encoding=\"application/x-tex\">\\{x\\}</annotation>"))
        // An operator name in a subscript stays one MathML child (valid <msub>).
        XCTAssertTrue(page.contains("<msub><mi>λ</mi><mrow><mi>max</mi><mo>\u{2061}</mo></mrow></msub>"), page)
        let article = try XCTUnwrap(page.components(separatedBy: "<section class=\"references\"").first)
        XCTAssertFalse(article.contains("<em>"), "underscores and asterisks inside math are not emphasis")
        // Code spans, escaped and digit dollars stay text.
        XCTAssertTrue(page.contains("<code>$not math$</code>"))
        XCTAssertTrue(page.contains("a price $5 and $5 or $10."))
        // A labelled display equation: block, anchor, number.
        XCTAssertTrue(page.contains("<div class=\"math display\" id=\"eq-loss\"><span class=\"katex-display\">"))
        XCTAssertTrue(page.contains("<span class=\"eqno\">(1.1)</span></div>"))
        // Math in a figure caption.
        XCTAssertTrue(page.contains("<annotation encoding=\"application/x-tex\">\\alpha_1</annotation>"))
        // KaTeX's stylesheet and fonts are in the book.
        let css = try book.page("assets/katex/katex.min.css")
        XCTAssertTrue(css.contains("url(fonts/KaTeX_Main-Regular."))
        let fonts = try FileManager.default.contentsOfDirectory(atPath: book.root.appendingPathComponent("output/assets/katex/fonts").path)
        XCTAssertTrue(fonts.contains { $0.hasPrefix("KaTeX_Main-Regular.") }, "\(fonts)")
        for case let name in fonts { XCTAssertTrue(css.contains("url(fonts/\(name))"), name) }
    }

    /// A section title with math, in a chapter with cells: it used to crash the build after
    /// the chapter ran ("attempted to read an unowned reference").
    func testMathInAHeadingOfAChapterWithCells() throws {
        let book = try FixtureBook(chapters: ["01-rate.md": """
            # Rates

            ## The rate $\\sqrt\\kappa$ {#sec-rate}

            See @sec-rate.

            ```swift
            print(2 + 2)
            ```
            """])
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let page = try book.page("01-rate.html")
        XCTAssertTrue(page.contains("<annotation encoding=\"application/x-tex\">\\sqrt\\kappa</annotation>"), page)
        XCTAssertTrue(page.contains(">4\n"), "the cell ran")
    }

    func testBadTeXWarnsWithItsLineAndShowsTheSource() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertTrue(result.stderr.contains("chapters/01-linear-regression.md:11: warning: bad TeX in math: KaTeX parse error"),
                      result.stderr)
        XCTAssertTrue(try book.page("01-linear-regression.html").contains("<code class=\"math-error\""))
    }
}
