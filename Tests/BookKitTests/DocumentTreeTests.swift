import XCTest
@testable import BookKit

/// What reading a chapter puts in one place for every later stage: cells, captions,
/// labels for `book list`, and diagnostics of one type.
final class DocumentTreeTests: XCTestCase {
    func testCaptionIsParsedOnceInEitherSpelling() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\n```swift\n//|caption: The *loss* $L$.\nshow(svg: \"<svg/>\")\n```\n")
        let cell = chapter.cells[0]
        XCTAssertEqual(cell.options.caption, "The *loss* $L$.")
        XCTAssertEqual(cell.options.captionLocation, SourceLocation(file: "c.md", line: 4, column: 13))
        XCTAssertEqual(cell.caption.map { HTMLRenderer().renderUnwrapped($0) },
                       "The <em>loss</em> <span class=\"math\">L</span>.")
    }

    func testUnknownCellOptionsSuggestTheNearestKnownOne() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\n```swift\n//| lable: fig-x\n//| colour: red\nlet a = 1\n```\n")
        XCTAssertEqual(chapter.diagnostics.map(\.description), [
            "c.md:4: warning: unknown cell option 'lable'; did you mean 'label'?",
            "c.md:5: warning: unknown cell option 'colour'; known: label, caption, echo, output, eval, fold, timeout",
        ])
    }

    func testMarkdownProblemsBecomeDiagnosticsWhenTheChapterIsRead() {
        let chapter = Chapter(path: "chapters/c.md", markdown: "# T\n\nOpen $$ x + y\n\nnever closed.\n")
        XCTAssertEqual(chapter.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(chapter.diagnostics.first?.location, SourceLocation(file: "chapters/c.md", line: 3))
    }

    func testListingTakesLabelsFromTheOutline() {
        let chapter = Chapter(path: "c.md", markdown: """
        # T {#ch-t}

        ## Part {#sec-part}

        $$ a = b $$ {#eq-ab}

        | x |
        |---|
        | 1 |

        : Numbers. {#tbl-numbers}

        ```text
        //| label: fig-not-a-cell
        ```

        ```swift
        //| label: fig-real
        show(svg: "<svg/>")
        ```
        """)
        let listing = ChapterListing.list([chapter])[0]
        XCTAssertEqual(listing.labels, ["ch-t", "sec-part", "eq-ab", "tbl-numbers", "fig-real"])
        XCTAssertEqual(listing.cells, 1)
        XCTAssertEqual(listing.inlineValues, 0)
    }

    func testDiagnosticsRoundTripThroughTheCache() throws {
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "c.md", line: 4, column: 2), "unused")
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(diagnostic))
        XCTAssertEqual(decoded, diagnostic)
        XCTAssertEqual(decoded.description, "c.md:4:2: warning: unused")
    }
}
