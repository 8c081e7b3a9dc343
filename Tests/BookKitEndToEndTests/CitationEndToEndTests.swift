import XCTest

/// Citations become author–year links, each chapter lists the works it cites, unknown keys warn.
final class CitationEndToEndTests: XCTestCase {
    func testCitationsAndReferenceList() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        let page = try book.page("01-linear-regression.html")
        XCTAssertTrue(page.contains("<span class=\"citation\">(<a class=\"citation\" href=\"#ref-martens2015kfac\">Martens &amp; Grosse 2015</a>; <a class=\"citation\" href=\"#ref-amari1998natural\">Amari 1998</a>, p. 3)</span>"), page)
        XCTAssertTrue(page.contains("<a class=\"citation\" href=\"#ref-martens2015kfac\">Martens &amp; Grosse (2015)</a>"))
        let references = try XCTUnwrap(page.range(of: "<h2 id=\"references\">References</h2>"))
        let amari = try XCTUnwrap(page.range(of: "<li id=\"ref-amari1998natural\">Amari, S.-I. (1998). Natural Gradient Works Efficiently in Learning. <em>Neural Computation</em>. <a href=\"https://doi.org/10.1162/089976698300017746\">"))
        let martens = try XCTUnwrap(page.range(of: "<li id=\"ref-martens2015kfac\">Martens, J., &amp; Grosse, R. (2015)."))
        XCTAssertTrue(references.upperBound < amari.lowerBound && amari.upperBound < martens.lowerBound, "sorted by author")
        XCTAssertFalse(try book.page("02-second-order.html").contains("References</h2>"), "only chapters that cite list references")

        XCTAssertTrue(result.stderr.contains("chapters/01-linear-regression.md:27: warning: unknown citation key 'nobody2020': it is not in chapters/references.bib"), result.stderr)
        XCTAssertTrue(page.contains("??@nobody2020"))
    }

    func testCitationsWithoutABibliographyWarn() throws {
        var chapters = ReadingFixture.chapters
        chapters["references.bib"] = nil
        let book = try FixtureBook(chapters: chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertTrue(result.stderr.contains("chapters/01-linear-regression.md:26: warning: unknown citation key 'martens2015kfac': there is no chapters/references.bib"), result.stderr)
    }
}
