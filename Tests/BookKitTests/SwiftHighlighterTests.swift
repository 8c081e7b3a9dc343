import XCTest
@testable import BookKit

final class SwiftHighlighterTests: XCTestCase {
    func testTokenClasses() {
        let html = SwiftHighlighter.highlight("@MainActor let x: Double = 1.5e-3 // note <b>\nprint(\"a \\(x + 1) b\")")
        XCTAssertTrue(html.contains("<span class=\"attr\">@MainActor</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"kw\">let</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"ty\">Double</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"num\">1.5e-3</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"com\">// note &lt;b&gt;</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"fn\">print</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"str\">&quot;a </span><span class=\"esc\">\\(</span>x <span class=\"op\">+</span> <span class=\"num\">1</span><span class=\"esc\">)</span><span class=\"str\"> b&quot;</span>"), html)
    }

    func testRangesRawAndMultilineStringsAndNestedComments() {
        XCTAssertTrue(SwiftHighlighter.highlight("0..<n").contains("<span class=\"num\">0</span><span class=\"op\">..&lt;</span>"))
        XCTAssertEqual(SwiftHighlighter.highlight("#\"a \\n \"# x"), "<span class=\"str\">#&quot;a \\n &quot;#</span> x")
        XCTAssertEqual(SwiftHighlighter.highlight("/* a /* b */ c */d"), "<span class=\"com\">/* a /* b */ c */</span>d")
        let multiline = SwiftHighlighter.highlight("\"\"\"\nline \"quoted\"\n\"\"\"")
        XCTAssertEqual(multiline, "<span class=\"str\">&quot;&quot;&quot;\nline &quot;quoted&quot;\n&quot;&quot;&quot;</span>")
    }

    func testUnterminatedInputNeverFails() {
        for code in ["\"open", "/* open", "\"\\(open", "`", "#", "@"] {
            XCTAssertFalse(SwiftHighlighter.highlight(code).isEmpty, code)
        }
    }
}
