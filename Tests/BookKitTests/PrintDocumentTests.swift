import XCTest
@testable import BookKit

/// Joining the book's pages into one printable document.
final class PrintDocumentTests: XCTestCase {
    private let chapterOne = """
    <html><body><nav class="sidebar"><a href="index.html">Home</a><a href="01-a.html">A</a>\
    <a href="02-b.html#sec-x">B</a><a href="01-a.html#sec-a">A.1</a></nav><main><article>
    <h1 id="a"><span class="secnum">Chapter 1</span> First "Things"<a class="anchor" href="#a" aria-label="Link">#</a></h1>
    <p>See <a href="02-b.html#eq-2">Equation (2.1)</a>, <a href="#fig-1">Figure 1.1</a>, <a href="02-b.html">Chapter 2</a>
    and <a href="https://example.org/x.html#y">the web</a>.</p>
    <figure id="fig-1"><svg><clipPath id="c1"></clipPath><g clip-path="url(#c1)"></g><use xlink:href="#c1"/></svg></figure>
    <div class="callout exercise" id="ex-one"><p class="callout-title"><span class="callout-label">Exercise 1.1</span></p>
    <p>Prove it.</p>
    <details class="callout hint"><summary>Hint</summary><p>Induction.</p></details>
    </div>
    <details class="code-fold"><summary>Show code</summary><pre>x</pre></details>
    <section class="references" aria-labelledby="references"><h2 id="references">References</h2></section>
    </article></main></body></html>
    """

    func testIdsAreRenamedAndLinksFollowThem() {
        let second = "<article><h1 id=\"b\">Second</h1><p id=\"eq-2\">x</p></article>"
        let pages = [("01-a.html", PrintDocument.article(in: chapterOne)), ("02-b.html", PrintDocument.article(in: second))]
        let anchors = AnchorNames(pages: pages)
        let html = PrintDocument.rewriteReferences(pages[0].1, file: "01-a.html", anchors: anchors)
        let figure = anchors.name("fig-1", in: "01-a.html"), clip = anchors.name("c1", in: "01-a.html")
        XCTAssertTrue(html.contains("id=\"\(figure)\"") && html.contains("href=\"#\(figure)\""))
        XCTAssertNotEqual(figure, anchors.name("b", in: "02-b.html"), "names are unique across pages")
        XCTAssertTrue(html.contains("href=\"#\(anchors.name("eq-2", in: "02-b.html"))\""), "a link to another page of the book")
        XCTAssertTrue(html.contains("href=\"#\(anchors.top(of: "02-b.html")!)\""), "a link to a whole page goes to its start")
        XCTAssertTrue(html.contains("clip-path=\"url(#\(clip))\"") && html.contains("id=\"\(clip)\""), "SVG references")
        XCTAssertTrue(html.contains("xlink:href=\"#\(clip)\""))
        XCTAssertTrue(html.contains("href=\"https://example.org/x.html#y\""), "outside links are left alone")
        XCTAssertTrue(html.contains("aria-labelledby=\"\(anchors.name("references", in: "01-a.html"))\""))
        XCTAssertLessThan(figure.utf8.count, 20, "PDF destination names stay short")
        XCTAssertNil(anchors.top(of: "index.html"))
    }

    func testSolutionsMoveToTheEndOfTheChapterOrAreLeftOut() {
        let article = PrintDocument.article(in: chapterOne)
        let atEnd = PrintDocument.moveSolutions(in: article, mode: .end)
        let exercise = atEnd.range(of: "Prove it.")!, hint = atEnd.range(of: "Induction.")!
        let heading = atEnd.range(of: "Hints and solutions")!, references = atEnd.range(of: "<section class=\"references\"")!
        XCTAssertTrue(exercise.upperBound < heading.lowerBound && heading.upperBound < hint.lowerBound)
        XCTAssertTrue(hint.upperBound < references.lowerBound, "solutions come before the references")
        XCTAssertTrue(atEnd.contains("<p class=\"print-solution-exercise\">Exercise 1.1</p>"))
        XCTAssertTrue(atEnd.contains("<details open class=\"callout hint\">"))
        XCTAssertTrue(atEnd.contains("<details class=\"code-fold\">"), "other details blocks stay where they are")

        let omitted = PrintDocument.moveSolutions(in: article, mode: .omit)
        XCTAssertFalse(omitted.contains("Induction."))
        XCTAssertFalse(omitted.contains("Hints and solutions"))
        XCTAssertTrue(omitted.contains("Prove it."))
    }

    func testDocumentHasTitlePageContentsAndOnePrintPagePerBookPage() {
        let pages = BookPDF.pageOrder(inLanding: chapterOne)
        XCTAssertEqual(pages, ["01-a.html", "02-b.html"], "sidebar order, each page once, without the landing page")
        let second = "<article><h1 id=\"b\">Second</h1><p id=\"eq-2\">x</p></article>"
        let document = PrintDocument(bookTitle: "The Book", introduction: "<p>About.</p>",
                                     pages: [.init(file: "01-a.html", html: chapterOne), .init(file: "02-b.html", html: second)],
                                     paper: .letter, solutions: .omit)
        let html = document.html(head: "")
        XCTAssertTrue(html.contains("size: letter"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"print-page\"").count - 1, 2)
        XCTAssertTrue(html.contains("<li><a href=\"#p0\"><span class=\"secnum\">Chapter 1</span> First \"Things\"</a></li>"))
        XCTAssertTrue(html.contains("@page page0 { @top-right { content: \"Chapter 1 First \\\"Things\\\"\"; } }"),
                      "the running head is the plain title, quoted for CSS")
        XCTAssertFalse(html.contains("aria-label=\"Link\">#</a>"), "heading anchors are dropped")
        XCTAssertTrue(html.contains("<details class=\"code-fold\" open>"), "folded code is printed")
    }
}
