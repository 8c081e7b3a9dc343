import BookProtocol
import XCTest
@testable import BookKit

/// Inline values (`{swift} expr`) are cells in the document tree: found where prose allows
/// them, numbered in program order, compiled at their line and column, cached by expression.
final class InlineValueTests: XCTestCase {
    static let markdown = """
    # Values

    ```swift
    //|caption: Loss falls to `{swift} fmt(loss, digits: 2)`.
    let loss = 0.001
    ```

    ## After `{swift} steps` steps {#sec-after}

    ## Rate `{swift} rate` here

    Loss `{swift} loss` and `{swift}  steps * 2`, not `{swift}` nor `swift x`.

    - in a list: `{swift} [1, 2].count`

    | a |
    |---|
    | `{swift} 1.5` |

    : Caption `{swift} 2.5` {#tbl-values}

    > [see `{swift} 3`](https://example.com)
    """

    func testValuesAreCellsInProgramOrderAtTheirLineAndColumn() {
        let chapter = Chapter(path: "chapters/01-v.md", markdown: Self.markdown)
        XCTAssertTrue(chapter.diagnostics.isEmpty, "\(chapter.diagnostics)")
        XCTAssertEqual(chapter.cells.map(\.index), Array(1...10))
        XCTAssertEqual(chapter.cells.map(\.kind), [.code] + Array(repeating: .inlineValue, count: 9))
        XCTAssertEqual(chapter.cells.map(\.source).dropFirst(), [
            "fmt(loss, digits: 2)", "steps", "rate", "loss", "steps * 2", "[1, 2].count", "1.5", "2.5", "3",
        ])
        // The caption's value runs right after its cell, at the caption's own line and column.
        XCTAssertEqual(chapter.cells[1].firstLine, 4)
        XCTAssertEqual(chapter.cells[1].column, 36)
        XCTAssertEqual(chapter.cells.dropFirst(2).map(\.firstLine), [8, 10, 12, 12, 14, 18, 20, 22])
        XCTAssertEqual(chapter.cells.dropFirst(2).map(\.column), [19, 18, 15, 35, 23, 12, 20, 17])
        XCTAssertEqual(chapter.codeCells.count, 1)
        XCTAssertEqual(chapter.cells[0].caption.map { HTMLRenderer().renderUnwrapped($0) },
                       "Loss falls to <code>{swift} fmt(loss, digits: 2)</code>.")
    }

    func testColumnsInsideContainersAndAfterPlainCode() {
        let chapter = Chapter(path: "c.md", markdown: """
        # T

        - A list item:

          ```swift
          //| caption: Value `{swift} a`.
          let a = 1
          ```

        Not a value: `{swift}`, but `{swift} a + 1` is.
        """)
        XCTAssertEqual(chapter.cells.map(\.source), ["//| caption: Value `{swift} a`.\nlet a = 1\n", "a", "a + 1"])
        XCTAssertEqual(chapter.cells.dropFirst().map(\.firstLine), [6, 10])
        XCTAssertEqual(chapter.cells.dropFirst().map(\.column), [31, 38])
    }

    func testTheTreeHoldsTheCellsTheOutlineAndPageRead() {
        let chapter = Chapter(path: "chapters/01-v.md", markdown: Self.markdown)
        guard case .codeBlock(let code) = chapter.document.blocks[1] else { return XCTFail("\(chapter.document.blocks[1])") }
        XCTAssertEqual(code.cell, chapter.cells[0])
        guard case .heading(_, let content, _, _) = chapter.document.blocks[2] else { return XCTFail() }
        XCTAssertEqual(content[1], .inlineValue(chapter.cells[2]))
        // Headings with values keep anchors that do not depend on the value.
        let outline = ChapterOutline(chapter: chapter, run: ChapterRun(), number: "1")
        XCTAssertEqual(outline.sections.map(\.id), ["values", "sec-after", "rate-here"])
    }

    func testProgramIndentsEachValueToItsColumn() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\n```swift\nlet x = 2\n```\n\nIs `{swift} x + 1`.\n")
        let program = ProgramSynthesizer.program(for: chapter.cells, chapterPath: chapter.path)
        XCTAssertTrue(program.contains("""
        _bookBeginCell(2)
        _bookInlineValue({
        #sourceLocation(file: "c.md", line: 7)
                    x + 1
        #sourceLocation()
        })
        """), program)
    }

    func testCacheKeyHasTheExpressionButNotItsPlaceInProse() throws {
        let fingerprint = ToolchainFingerprint(digest: "f")
        func key(_ markdown: String) -> String {
            ResultCache.key(for: Chapter(path: "c.md", markdown: markdown), fingerprint: fingerprint, outputLimit: 10)
        }
        let base = key("# T\n\n```swift\nlet x = 2\n```\n\nIs `{swift} x + 1`.\n")
        XCTAssertEqual(base, key("# T\n\nNew prose.\n\n```swift\nlet x = 2\n```\n\nNow it is, *really*, `{swift} x + 1`.\n"))
        XCTAssertNotEqual(base, key("# T\n\n```swift\nlet x = 2\n```\n\nIs `{swift} x + 2`.\n"))
        XCTAssertNotEqual(base, key("# T\n\n```swift\nlet x = 2\n```\n\nIs `{swift} x + 1` and `{swift} x`.\n"))
    }

    func testCachedDiagnosticsFollowTheValueWithinItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = ResultCache(directory: directory)
        let before = Chapter(path: "c.md", markdown: "# T\n\nIs `{swift} y`.\n")
        var run = ChapterRun()
        run.failure = .compile
        run.compilerDiagnostics = [Diagnostic(.error, at: SourceLocation(file: "c.md", line: 3, column: 13), "cannot find 'y' in scope")]
        try cache.store(run, for: before, key: "k")
        let after = Chapter(path: "c.md", markdown: "# T\n\nMore words.\n\nNow it is `{swift} y`.\n")
        let moved = try XCTUnwrap(cache.lookup(after, key: "k"))
        XCTAssertEqual(moved.compilerDiagnostics.map(\.location), [SourceLocation(file: "c.md", line: 5, column: 20)])
    }

    func testValuesRenderEscapedOrShowTheirErrorInPlace() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\n```swift\nlet s = 1\n```\n\nA `{swift} s` b `{swift} t` c `{swift} u`.\n")
        let (a, b, c) = (chapter.cells[1], chapter.cells[2], chapter.cells[3])
        var run = ChapterRun()
        run.cells[a.index] = [.value("<1 & 2>")]
        XCTAssertEqual(InlineValueRenderer(path: "c.md", run: run).render(a), "<span class=\"inline-value\">&lt;1 &amp; 2&gt;</span>")

        run.failure = .compile
        run.compilerDiagnostics = [Diagnostic(.error, at: SourceLocation(file: "c.md", line: 7, column: b.column), "cannot find 't' in scope")]
        let renderer = InlineValueRenderer(path: "c.md", run: run)
        XCTAssertEqual(renderer.render(b), "<span class=\"inline-error\" role=\"alert\"><code>{swift} t</code> does not compile: cannot find &#39;t&#39; in scope</span>")
        XCTAssertTrue(renderer.render(c).contains("not computed: the chapter does not compile"), renderer.render(c))

        var crashed = ChapterRun()
        crashed.failure = .crashed(cell: c.index, reason: "Fatal error: Index out of range")
        XCTAssertTrue(InlineValueRenderer(path: "c.md", run: crashed).render(c).contains("stopped the chapter: Fatal error: Index out of range"))
        XCTAssertEqual(InlineValueRenderer(path: "c.md", run: nil).render(c), "<code>{swift} u</code>")
    }

    func testErrorsAreReportedAtTheValue() {
        let chapter = Chapter(path: "c.md", markdown: "# T\n\nSee `{swift} xs[3]`.\n")
        var run = ChapterRun()
        run.failure = .crashed(cell: 1, reason: "Fatal error: Index out of range")
        XCTAssertEqual(ChapterReport(chapter: chapter, run: run).problems,
                       ["c.md:3:14: error: inline value `xs[3]` stopped: Fatal error: Index out of range"])
    }
}
