import BookProtocol
import XCTest
@testable import BookKit

/// The claims index reads the chapters' results: failed claims stand out, a chapter left
/// out of a partial build says so, and each claim links to its check's stable anchor.
final class ClaimsIndexTests: XCTestCase {
    private func index(_ runs: [(String, ChapterRun)]) -> String {
        let reports = runs.map { name, run in
            ChapterReport(chapter: Chapter(path: "chapters/\(name).md", markdown: "# \(name)\n\n```swift\nlet x = 1\n```\n"), run: run)
        }
        let outlines = reports.enumerated().map { offset, report in
            ChapterOutline(chapter: report.chapter, run: report.run, number: SiteRenderer.number(of: report.chapter, position: offset))
        }
        let entries = zip(reports, outlines).map { report, outline in
            Navigation.Entry(slug: report.chapter.slug, number: outline.number, title: report.chapter.title, sections: [])
        }
        return ClaimsIndex(reports: reports, outlines: outlines, entries: entries, facts: BuildFacts())
            .body(letter: ClaimsIndex.letter(after: outlines))
    }

    func testFailedClaimsAndChaptersThatDidNotRun() {
        var run = ChapterRun()
        run.cells[1] = [
            .check(CheckRecord(claim: "rate matches", passed: true, detail: "measured 0.5, expected 0.5 (rtol 0.01); |difference| = 0",
                               location: "chapters/01-a.md:4")),
            .text("printed\n", truncated: false),
            .check(CheckRecord(claim: "rate matches", passed: false, detail: "measured 3, required < 2", location: "chapters/01-a.md:5")),
        ]
        var skipped = ChapterRun()
        skipped.failure = .notSelected
        let html = index([("01-a", run), ("02-b", skipped), ("A-notes", ChapterRun())])

        XCTAssertTrue(html.contains("<h1 id=\"claims-index\"><span class=\"secnum\">Appendix B</span> Claims index</h1>"), html)
        XCTAssertTrue(html.contains("2 claims in 1 chapter, 1 held, 1 failed."), html)
        XCTAssertTrue(html.contains("<tr class=\"pass\"><td><a href=\"01-a.html#check-rate-matches\">rate matches</a>"), html)
        XCTAssertTrue(html.contains("<tr class=\"fail\"><td><a href=\"01-a.html#check-rate-matches-2\">rate matches</a><span class=\"claim-location\">chapters/01-a.md:5</span></td><td class=\"claim-value\">3</td><td class=\"claim-value\">&lt; 2</td><td class=\"result\"><span class=\"badge\">✗</span> failed</td></tr>"), html)
        XCTAssertTrue(html.contains("<h2 id=\"claims-02-b\"><span class=\"secnum\">2</span> <a href=\"02-b.html\">02-b</a></h2>\n<p class=\"cell-skipped\">Not run in this build"), html)
        XCTAssertFalse(html.contains("claims-A-notes"), "an appendix that makes no claims is left out")
    }

    func testAnchorsMatchTheBadgesInTheChapter() {
        var run = ChapterRun()
        run.cells[2] = [.check(CheckRecord(claim: "κ < 10", passed: true, detail: "", location: "c.md:9"))]
        run.cells[1] = [.check(CheckRecord(claim: "κ < 10", passed: true, detail: "", location: "c.md:3"))]
        let anchors = CheckAnchors(run: run)
        XCTAssertEqual(anchors.anchor(cell: 1, ordinal: 0), "check-κ-10")
        XCTAssertEqual(anchors.anchor(cell: 2, ordinal: 0), "check-κ-10-2", "numbered in reading order")
        XCTAssertNil(anchors.anchor(cell: 2, ordinal: 1))
        XCTAssertTrue(index([("01-a", run)]).contains("<td class=\"claim-value\"></td><td class=\"claim-value\">condition holds</td>"))
    }
}
