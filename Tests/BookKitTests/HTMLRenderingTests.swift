import XCTest
@testable import BookKit

final class HTMLRenderingTests: XCTestCase {
    func testEscaping() {
        XCTAssertEqual("<script>alert('x') & \"y\"</script>".htmlEscaped,
                       "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    func testGitHubExtensions() {
        let html = MarkdownFragment.render("""
        # T

        | a | b |
        |:--|--:|
        | 1 | ~~2~~ |

        - [x] done
        - [ ] todo

        See https://example.org.
        """)
        XCTAssertTrue(html.contains("<th style=\"text-align:left\">a</th><th style=\"text-align:right\">b</th>"), html)
        XCTAssertTrue(html.contains("<del>2</del>"), html)
        XCTAssertTrue(html.contains("<input type=\"checkbox\" disabled checked> done"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html)
    }

    func testHeadingsGetUniqueAnchors() {
        let html = MarkdownFragment.render("# Gradient Descent!\n\n## Step size\n\n## Step size\n")
        XCTAssertTrue(html.contains("<h1 id=\"gradient-descent\">"), html)
        XCTAssertTrue(html.contains("<h2 id=\"step-size\">"), html)
        XCTAssertTrue(html.contains("<h2 id=\"step-size-2\">"), html)
    }

    func testCodeInFragmentIsEscapedAndNotRun() {
        let html = MarkdownFragment.render("# T\n\n```swift\nprint(\"<b>\")\n```\n")
        XCTAssertTrue(html.contains("<span class=\"str\">&quot;&lt;b&gt;&quot;</span>"), html)
        XCTAssertFalse(html.contains("<pre class=\"output\">"), html)
    }
}
