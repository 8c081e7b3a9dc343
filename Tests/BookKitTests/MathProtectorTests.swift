import XCTest
@testable import BookKit

final class MathProtectorTests: XCTestCase {
    private func math(_ markdown: String) -> [MathSpan] {
        MathProtector.protect(markdown).spans
    }

    func testInlineMathKeepsMarkdownCharacters() {
        XCTAssertEqual(math("Let $a_1 * b_2$ and $\\{x\\}$ be.").map(\.tex), ["a_1 * b_2", "\\{x\\}"])
        let document = CommonMarkParser.parse("Let $a_1 * b_2$ and $c_1 * d_2$.")
        guard case .paragraph(let content, _) = document.blocks[0] else { return XCTFail("\(document)") }
        XCTAssertEqual(content.compactMap { if case .math(let span) = $0 { return span.tex } else { return nil } },
                       ["a_1 * b_2", "c_1 * d_2"])
        XCTAssertFalse(content.contains { if case .emphasis = $0 { return true } else { return false } })
    }

    func testDollarsInProseAndCodeStayText() {
        XCTAssertEqual(math("It costs \\$5, or $5 and $10 stays prose."), [])
        XCTAssertEqual(math("Price $5 and `$x$` in code."), [])
        XCTAssertEqual(math("Between $ a $ spaces, and $x$5."), [])
        XCTAssertEqual(math("```swift\nlet s = \"$x$\"\n```\nAfter $y$.").map(\.tex), ["y"])
        XCTAssertEqual(math("~~~\n$$a$$\n~~~\n").count, 0)
        XCTAssertEqual(math("Inline `` code $with$ ` tick`` then $z$").map(\.tex), ["z"])
    }

    func testDigitsOpenMathWhenItIsTeX() {
        XCTAssertEqual(math("Take $2\\eta$ and $1 - \\beta$ and $10^{-3}$.").map(\.tex), ["2\\eta", "1 - \\beta", "10^{-3}"])
    }

    func testDisplayMathWithLabelSpanningLines() {
        let source = "Before\n\n$$\nL(w) = \\frac{1}{2}\n\\|w\\|^2\n$$ {#eq-loss}\n\nAfter @eq-loss on line 8.\n"
        let result = MathProtector.protect(source)
        XCTAssertEqual(result.spans, [MathSpan(tex: "\nL(w) = \\frac{1}{2}\n\\|w\\|^2\n", display: true, label: "eq-loss", line: 3)])
        XCTAssertEqual(result.source.split(separator: "\n", omittingEmptySubsequences: false).count,
                       source.split(separator: "\n", omittingEmptySubsequences: false).count, "line count is kept")
        let document = CommonMarkParser.parse(source)
        guard case .paragraph(let content, let line) = document.blocks[2] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(line, 8)
        XCTAssertTrue(content.contains(.crossReference(CrossReference(label: "eq-loss", bare: false, line: 8))), "\(content)")
    }

    func testEnvironmentsAndUnclosedDisplay() {
        let spans = math("\\begin{align}\na &= b\n\\end{align} {#eq-ab}\n")
        XCTAssertEqual(spans.first?.label, "eq-ab")
        XCTAssertEqual(spans.first?.display, true)
        XCTAssertTrue(spans.first?.tex.hasPrefix("\\begin{align}") == true)
        let unclosed = MathProtector.protect("Text\n\n$$ a + b\n\nmore")
        XCTAssertEqual(unclosed.spans, [])
        XCTAssertEqual(unclosed.problems.map(\.line), [3])
    }

    func testReferencesAndCitationsKeepTheirLines() {
        let document = CommonMarkParser.parse("See @fig-a and\n[@martens2015; -@amari1998, p. 3] or\nmail me@example.org, [-@eq-x].")
        guard case .paragraph(let content, _) = document.blocks[0] else { return XCTFail() }
        XCTAssertTrue(content.contains(.crossReference(CrossReference(label: "fig-a", bare: false, line: 1))))
        XCTAssertTrue(content.contains(.citation(Citation(items: [
            .init(key: "martens2015", locator: nil, suppressAuthor: false),
            .init(key: "amari1998", locator: "p. 3", suppressAuthor: true),
        ], narrative: false, line: 2))), "\(content)")
        XCTAssertTrue(content.contains(.crossReference(CrossReference(label: "eq-x", bare: true, line: 3))))
        XCTAssertFalse(content.contains { if case .citation(let c) = $0 { return c.items[0].key == "example.org" } else { return false } })
    }

    func testHeadingAttributes() {
        let document = CommonMarkParser.parse("## Step size $\\alpha$ {#sec-step}\n\n## Sets {a, b}\n\n## Exercises {-}\n")
        guard case let .heading(_, content, _, attributes) = document.blocks[0] else { return XCTFail() }
        XCTAssertEqual(attributes.id, "sec-step")
        XCTAssertEqual(content.plainText, "Step size \\alpha")
        guard case let .heading(_, sets, _, none) = document.blocks[1] else { return XCTFail() }
        XCTAssertEqual(sets.plainText, "Sets {a, b}")
        XCTAssertNil(none.id)
        guard case let .heading(_, _, _, unnumbered) = document.blocks[2] else { return XCTFail() }
        XCTAssertTrue(unnumbered.isUnnumbered)
    }
}
