import XCTest

/// Sections, equations, figures and tables are numbered per chapter and referenced across chapters.
final class CrossReferenceEndToEndTests: XCTestCase {
    func testNumberingAndReferencesAcrossChapters() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let first = try book.page("01-linear-regression.html")
        let second = try book.page("02-second-order.html")

        XCTAssertTrue(first.contains("<h1 id=\"linear-regression\"><span class=\"secnum\">Chapter 1</span> Linear regression"))
        XCTAssertTrue(first.contains("<h2 id=\"sec-loss\"><span class=\"secnum\">1.1</span> The loss<a class=\"anchor\" href=\"#sec-loss\""))
        XCTAssertTrue(first.contains("<figure class=\"figure\" id=\"fig-curve\">"))
        XCTAssertTrue(first.contains("<span class=\"caption-number\">Figure 1.1:</span> A curve with"))
        XCTAssertTrue(first.contains("see <a class=\"xref\" href=\"#eq-loss\">Equation (1.1)</a>."), "a reference inside a caption")
        XCTAssertTrue(first.contains("<table id=\"tbl-numbers\">\n<caption><span class=\"caption-number\">Table 1.1:</span> Numbers.</caption>"))

        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#sec-loss\">Section 1.1</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#eq-loss\">Equation (1.1)</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#eq-loss\">(1.1)</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#fig-curve\">Figure 1.1</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#tbl-numbers\">Table 1.1</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"01-linear-regression.html#linear-regression\">Chapter 1</a>"))
        XCTAssertTrue(second.contains("<a class=\"xref\" href=\"#eq-newton\">Equation (2.1)</a>"))

        // Navigation: numbered sidebar, current page, previous/next.
        XCTAssertTrue(second.contains("<a href=\"02-second-order.html\" aria-current=\"page\"><span class=\"toc-number\">2</span> Second-order methods</a>"))
        XCTAssertTrue(second.contains("<a href=\"#sec-newton\"><span class=\"toc-number\">2.1</span> Newton</a>"))
        XCTAssertTrue(second.contains("rel=\"prev\" href=\"01-linear-regression.html\""))
        XCTAssertTrue(first.contains("rel=\"next\" href=\"02-second-order.html\""))
        let index = try book.page("index.html")
        XCTAssertTrue(index.contains("<h1 id=\"test-book\">Test Book"))
        XCTAssertTrue(index.contains("<li><span class=\"toc-number\">1</span> <a href=\"01-linear-regression.html\">Linear regression</a>"))
    }

    func testMissingLabelsWarnAtTheirLineAndShowInThePage() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertTrue(result.stderr.contains("chapters/01-linear-regression.md:26: warning: reference to unknown label 'fig-nowhere'"),
                      result.stderr)
        XCTAssertTrue(try book.page("01-linear-regression.html").contains("??@fig-nowhere"))
    }

    func testEveryHeadingHasAnAnchorAndEachPageOneH1() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        _ = try book.run(["build"])
        for name in ["index.html", "01-linear-regression.html", "02-second-order.html"] {
            let page = try book.page(name)
            XCTAssertEqual(page.components(separatedBy: "<h1").count - 1, 1, name)
            for level in 1...3 {
                let headings = page.components(separatedBy: "<h\(level)").dropFirst()
                for heading in headings { XCTAssertTrue(heading.hasPrefix(" id=\""), "\(name): <h\(level)\(heading.prefix(60))") }
            }
            XCTAssertTrue(page.contains("<html lang=\"en\">"))
            XCTAssertTrue(page.contains("<main id=\"content\">"))
        }
    }
}
