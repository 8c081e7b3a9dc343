import XCTest
@testable import BookKit

final class CellExtractionTests: XCTestCase {
    func testCellsInOrderWithFirstCodeLines() {
        let markdown = """
        # Title

        ```swift
        let a = 1
        ```

        ```python
        not a cell
        ```

        ```swift norun
        shown only
        ```

        ```swift
        let b = a + 1
        print(b)
        ```
        """
        let chapter = Chapter(path: "chapters/01-x.md", markdown: markdown)
        XCTAssertEqual(chapter.title, "Title")
        XCTAssertEqual(chapter.cells.map(\.index), [1, 2])
        XCTAssertEqual(chapter.cells.map(\.firstLine), [4, 16])
        XCTAssertEqual(chapter.cells[1].source, "let b = a + 1\nprint(b)\n")
        XCTAssertEqual(chapter.cells[1].lines, 16...17)
        XCTAssertTrue(chapter.diagnostics.isEmpty, "\(chapter.diagnostics)")
    }

    func testFencesInsideListsAndBlockquotes() {
        let markdown = """
        # T

        - item

          ```swift
          let inList = 1
          ```

        > quoted
        >
        > ```swift
        > let inQuote = 2
        > ```
        """
        let chapter = Chapter(path: "c.md", markdown: markdown)
        XCTAssertEqual(chapter.cells.map(\.source), ["let inList = 1\n", "let inQuote = 2\n"])
        XCTAssertEqual(chapter.cells.map(\.firstLine), [6, 12])
        XCTAssertTrue(chapter.diagnostics.isEmpty, "\(chapter.diagnostics)")
    }

    func testOptionsAreParsedAndHiddenFromDisplayedCode() {
        let markdown = """
        # T

        ```swift
        //| label: fig-loss
        //| caption: Loss falls.
        //| echo: false
        //| fold: true
        //| timeout: 90
        print(1)
        ```
        """
        let cell = Chapter(path: "c.md", markdown: markdown).cells[0]
        XCTAssertEqual(cell.options.label, "fig-loss")
        XCTAssertEqual(cell.options.caption, "Loss falls.")
        XCTAssertFalse(cell.options.echo)
        XCTAssertTrue(cell.options.fold)
        XCTAssertEqual(cell.options.timeout, 90)
        XCTAssertEqual(cell.displayCode, "print(1)")
        XCTAssertEqual(cell.firstLine, 4, "option lines stay in the program so compiler lines are exact")
    }

    func testEvalFalseCellIsShownButNotRun() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\n```swift\n//| eval: false\nfatalError()\n```\n")
        XCTAssertTrue(chapter.cells.isEmpty)
    }

    func testBadOptionsWarnAtTheirLine() {
        let markdown = "# T\n\n```swift\n//| colour: red\n//| echo: maybe\n//| timeout: -3\nprint(1)\n```\n"
        let diagnostics = Chapter(path: "chapters/c.md", markdown: markdown).diagnostics
        XCTAssertEqual(diagnostics.map(\.location.line), [4, 5, 6])
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertTrue(diagnostics[0].description.hasPrefix("chapters/c.md:4: warning: unknown cell option 'colour'"))
    }

    func testUnterminatedFenceIsAWarningAndDoesNotRun() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\ntext\n\n```swift\nprint(1)\n")
        XCTAssertTrue(chapter.cells.isEmpty)
        XCTAssertEqual(chapter.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(chapter.diagnostics.first?.location.line, 5)
    }

    func testWindowsAndOldMacLineEndingsReadLikeUnix() {
        for newline in ["\r\n", "\r"] {
            let markdown = ["# T", "", "```swift", "let a = 1", "print(a)", "```", "", "$x_1$ text"]
                .joined(separator: newline)
            let chapter = Chapter(path: "c.md", markdown: markdown)
            XCTAssertEqual(chapter.title, "T")
            XCTAssertTrue(chapter.diagnostics.isEmpty, "\(chapter.diagnostics)")
            XCTAssertEqual(chapter.cells.map(\.source), ["let a = 1\nprint(a)\n"])
            XCTAssertEqual(chapter.cells.map(\.firstLine), [4])
        }
    }

    func testMissingTitleAndEmptyChapterWarn() {
        let untitled = Chapter(path: "chapters/02-x.md", markdown: "Just prose.\n")
        XCTAssertEqual(untitled.title, "02-x")
        XCTAssertEqual(untitled.diagnostics.count, 1)
        let empty = Chapter(path: "chapters/03-y.md", markdown: "")
        XCTAssertTrue(empty.diagnostics.contains { $0.message == "chapter is empty" })
    }
}
