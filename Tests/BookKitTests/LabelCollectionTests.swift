import BookProtocol
import XCTest
@testable import BookKit

final class LabelCollectionTests: XCTestCase {
    func testNumbersAndLabelsAcrossChapters() {
        let first = Chapter(path: "chapters/03-first.md", markdown: """
        # First {#sec-first}

        ## Loss {#sec-loss}

        $$ L $$ {#eq-loss}

        ### Detail

        ## Exercises {-}

        | a |
        |---|
        | 1 |

        : A table. {#tbl-a}

        ```swift
        //| label: fig-curve
        show(svg: "<svg/>")
        ```
        """)
        var run = ChapterRun()
        run.cells[1] = [.figure(FigureRecord(svg: "<svg/>")), .figure(FigureRecord(svg: "<svg/>", caption: "Second"))]
        let second = Chapter(path: "chapters/04-second.md", markdown: "# Second\n\n## Loss {#sec-loss}\n")
        let firstOutline = ChapterOutline(chapter: first, run: run, number: "3")
        let secondOutline = ChapterOutline(chapter: second, run: ChapterRun(), number: "4")
        let labels = LabelIndex(chapters: [(first, firstOutline), (second, secondOutline)])

        XCTAssertEqual(firstOutline.sections.map { $0.number ?? "-" }, ["Chapter 3", "3.1", "3.1.1", "-"])
        XCTAssertEqual(labels["sec-loss"]?.text(bare: false), "Section 3.1")
        XCTAssertEqual(labels["eq-loss"]?.text(bare: false), "Equation (3.1)")
        XCTAssertEqual(labels["eq-loss"]?.text(bare: true), "(3.1)")
        XCTAssertEqual(labels["tbl-a"]?.text(bare: false), "Table 3.1")
        XCTAssertEqual(labels["fig-curve"]?.text(bare: false), "Figure 3.1")
        XCTAssertEqual(labels["fig-curve-2"]?.text(bare: false), "Figure 3.2")
        XCTAssertEqual(labels["sec-first"]?.text(bare: false), "Chapter 3")
        XCTAssertEqual(labels["ch-04-second"]?.page, "04-second.html")
        XCTAssertEqual(labels["ch-second"]?.text(bare: false), "Chapter 4")
        XCTAssertEqual(labels.diagnostics.map(\.description),
                       ["chapters/04-second.md:3: warning: duplicate label 'sec-loss' (first defined at chapters/03-first.md:3); references go to the first"])
    }

    func testLabelledCellThatDidNotRunKeepsItsNumber() {
        let chapter = Chapter(path: "chapters/01-x.md", markdown: "# X\n\n```swift\n//| label: fig-a\nlet a = 1\n```\n")
        let outline = ChapterOutline(chapter: chapter, run: ChapterRun(), number: "1")
        XCTAssertEqual(outline.labels.map(\.label), ["fig-a"])
        XCTAssertEqual(outline.labels.first?.number, "1.1")
    }
}
