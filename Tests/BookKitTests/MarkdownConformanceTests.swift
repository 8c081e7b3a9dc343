import XCTest
@testable import BookKit

/// `book markdown` against what `cmark-gfm -e table -e strikethrough -e autolink -e tagfilter
/// -e tasklist --unsafe` prints for the same input (outputs copied from cmark-gfm 0.29.0.gfm.6).
final class MarkdownConformanceTests: XCTestCase {
    func testLinkDestinationsArePercentEncodedAsCmarkDoes() {
        // Every printable ASCII character, backslash-escaped in the source.
        let all = (33..<127).map { Character(UnicodeScalar(UInt8($0))) }
            .map { $0.isLetter || $0.isNumber ? String($0) : "\\\($0)" }.joined()
        let html = MarkdownFragment.render("[x](<\(all)>)")
        XCTAssertTrue(html.contains("<a href=\"!%22#$%&amp;&#39;()*+,-./0123456789:;%3C=%3E?@ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~\">x</a>"), html)
        XCTAssertTrue(MarkdownFragment.render("[a](</my uri>) ![i](ä.png)").contains("<a href=\"/my%20uri\">a</a> <img src=\"%C3%A4.png\" alt=\"i\">"))
        XCTAssertTrue(MarkdownFragment.render("[a](x%20y)").contains("href=\"x%20y\""), "an encoded space is kept as written")
    }

    func testTagFilterEscapesTheNineTagsOnly() {
        let html = MarkdownFragment.render("<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n")
        XCTAssertTrue(html.contains("<p><strong> &lt;title> &lt;style> <em></p>"), html)
        XCTAssertTrue(html.contains("<blockquote>\n  &lt;xmp> is disallowed.  &lt;XMP> is also disallowed.\n</blockquote>"), html)
        XCTAssertEqual(TagFilter.apply("<script src=x></script><scripts><textarea/><plaintext/>"),
                       "&lt;script src=x>&lt;/script><scripts>&lt;textarea/>&lt;plaintext/>")
    }

    func testFenceClosedByItsContainerIsNotReported() {
        let quoted = Chapter(path: "c.md", markdown: "# T\n\n> ```\n> aaa\n\nbbb $x$\n")
        XCTAssertTrue(quoted.diagnostics.isEmpty, "\(quoted.diagnostics)")
        guard case .blockQuote(let inner) = quoted.document.blocks[1], case .codeBlock(let code) = inner[0] else {
            return XCTFail("\(quoted.document.blocks)")
        }
        XCTAssertEqual(code.code, "aaa\n")
        guard case .paragraph(let after, _) = quoted.document.blocks[2] else { return XCTFail() }
        XCTAssertEqual(after.last, .math(MathSpan(tex: "x", display: false, line: 6)), "math after the quote is math")

        let listed = Chapter(path: "c.md", markdown: "# T\n\n- ```\n  code\n- next $y$\n")
        XCTAssertTrue(listed.diagnostics.isEmpty, "\(listed.diagnostics)")

        let open = Chapter(path: "c.md", markdown: "# T\n\n```swift\nlet x = 1\n")
        XCTAssertEqual(open.diagnostics.map(\.description), ["c.md:3: warning: code fence is never closed; it runs to the end of the file"])
        XCTAssertTrue(open.cells.isEmpty, "an open fence does not run")
        XCTAssertTrue(MarkdownFragment.render("# T\n\n```swift\nlet x = 1\n").contains("<span class=\"kw\">let</span> x"), "but it is shown")
    }

    func testCalloutMarkers() {
        let document = CommonMarkParser.parse("> [!tip] Faster\n> Body.\n\n> [!BOGUS]\n> text\n\n> [!NOTE]\n")
        guard case .callout(let tip) = document.blocks[0] else { return XCTFail("\(document.blocks)") }
        XCTAssertEqual(tip.kind, .tip)
        XCTAssertEqual(tip.title, [.text("Faster")])
        XCTAssertEqual(tip.blocks, [.paragraph([.text("Body.")], line: 2)])
        guard case .blockQuote = document.blocks[1], case .callout(let empty) = document.blocks[2] else { return XCTFail() }
        XCTAssertEqual(empty.blocks, [])
        XCTAssertEqual(document.problems.map(\.line), [4])
        XCTAssertTrue(document.problems[0].message.hasPrefix("unknown callout marker '[!BOGUS]'"))
    }

    func testCheckDetailsAreReadBack() {
        XCTAssertEqual(CheckDetail("measured 0.98, expected 1 (rtol 0.05); |difference| = 0.02"),
                       CheckDetail(measured: "0.98", expected: "1 (rtol 0.05)"))
        XCTAssertEqual(CheckDetail("measured 3, required < 5"), CheckDetail(measured: "3", expected: "< 5"))
        XCTAssertEqual(CheckDetail("measured 2, required in [1, 3]"), CheckDetail(measured: "2", expected: "in [1, 3]"))
        XCTAssertEqual(CheckDetail(""), CheckDetail(measured: "", expected: "condition holds"))
    }
}
