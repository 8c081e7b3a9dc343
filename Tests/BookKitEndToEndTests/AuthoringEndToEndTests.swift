import XCTest

/// Callouts, exercises, footnotes, appendices and the claims index, built from a fixture
/// book by the real `book` executable and checked in the rendered HTML.
final class AuthoringEndToEndTests: XCTestCase {
    private static func build() throws -> (FixtureBook, FixtureBook.Result) {
        let book = try FixtureBook(chapters: AuthoringFixture.chapters)
        return (book, try book.run(["build"]))
    }

    func testCalloutsExercisesAndFootnotes() throws {
        let (book, result) = try Self.build()
        defer { book.remove() }
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let page = try book.page("01-basics.html")

        for kind in ["note", "tip", "important", "caution"] {
            XCTAssertTrue(page.contains("<div class=\"callout \(kind)\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-label\">\(kind.prefix(1).uppercased() + kind.dropFirst())</span></p>"), kind)
        }
        XCTAssertTrue(page.contains("<div class=\"callout warning\" role=\"note\">\n<p class=\"callout-title\"><span class=\"callout-label\">Mind the step size</span></p>"))
        XCTAssertTrue(page.contains("<blockquote>\n<p>[!FOO]"), "an unknown marker stays a block quote")
        XCTAssertTrue(result.stderr.contains("chapters/01-basics.md:24: warning: unknown callout marker '[!FOO]'"), result.stderr)

        XCTAssertTrue(page.contains("<div class=\"callout exercise\" id=\"ex-newton\">\n<p class=\"callout-title\"><span class=\"callout-label\">Exercise 1.1</span> <span class=\"callout-name\">Newton on a quadratic</span></p>"))
        XCTAssertTrue(page.contains("<details class=\"callout hint\"><summary>Hint</summary>\n<p>Write the update"))
        XCTAssertTrue(page.contains("<details class=\"callout solution\"><summary>Solution</summary>\n<p>The model is exact"))
        XCTAssertTrue(page.contains("<span class=\"com\">// change me</span>"), "a norun block in an exercise is shown")
        XCTAssertTrue(page.contains("<div class=\"callout exercise\" id=\"exercise-1.3\">"), "an unlabelled exercise is numbered")
        XCTAssertTrue(page.contains("after <a class=\"xref\" href=\"#ex-newton\">Exercise 1.1</a> and <a class=\"xref\" href=\"#ex-cell\">Exercise 1.2</a>."))
        // The cell inside an exercise runs, with its output and its check.
        let exercise = try XCTUnwrap(page.range(of: "id=\"ex-cell\"")), next = try XCTUnwrap(page.range(of: "id=\"exercise-1.3\""))
        let cell = page[exercise.upperBound..<next.lowerBound]
        XCTAssertTrue(cell.contains("<pre class=\"output\">doubled: 42\n</pre>"), String(cell))
        XCTAssertTrue(cell.contains("<li id=\"check-doubling-works\">doubling works"), String(cell))

        // Footnotes: numbered by first reference, every reference with its own id and back link.
        XCTAssertTrue(page.contains("<sup class=\"footnote-ref\"><a href=\"#fn-first\" id=\"fnref-first\" data-footnote-ref>1</a></sup>"))
        XCTAssertTrue(page.contains("<sup class=\"footnote-ref\"><a href=\"#fn-first\" id=\"fnref-first-2\" data-footnote-ref>1</a></sup>"))
        XCTAssertTrue(page.contains("<a href=\"#fn-other\" id=\"fnref-other\" data-footnote-ref>2</a>"))
        XCTAssertTrue(page.contains("<section class=\"footnotes\" data-footnotes aria-label=\"Footnotes\">\n<ol>\n<li id=\"fn-first\">\n<p>The first note, with <span class=\"math inline\">"))
        XCTAssertTrue(page.contains("<a href=\"#fnref-first-2\" class=\"footnote-backref\" data-footnote-backref"))
        XCTAssertFalse(page.contains("$\\alpha$"), "math in a footnote is typeset")
        XCTAssertTrue(try book.page("02-more.html").contains("<a href=\"#fn-here\" id=\"fnref-here\" data-footnote-ref>1</a>"),
                      "numbers restart in each chapter")
    }

    func testAppendixNumberingAndReferences() throws {
        let (book, result) = try Self.build()
        defer { book.remove() }
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let appendix = try book.page("A-notation.html")
        XCTAssertTrue(appendix.contains("<h1 id=\"notation\"><span class=\"secnum\">Appendix A</span> Notation"))
        XCTAssertTrue(appendix.contains("<h2 id=\"sec-symbols\"><span class=\"secnum\">A.1</span> Symbols"))
        XCTAssertTrue(appendix.contains("<span class=\"eqno\">(A.1)</span>"))
        XCTAssertTrue(appendix.contains("<span class=\"caption-number\">Table A.1:</span> Symbols."))
        XCTAssertTrue(appendix.contains("<span class=\"callout-label\">Exercise A.1</span>"))

        let more = try book.page("02-more.html")
        for expected in ["<a class=\"xref\" href=\"01-basics.html#ex-newton\">Exercise 1.1</a>",
                         "<a class=\"xref\" href=\"01-basics.html#ex-cell\">1.2</a>",
                         "<a class=\"xref\" href=\"A-notation.html#notation\">Appendix A</a>, <a class=\"xref\" href=\"A-notation.html#notation\">Appendix A</a>",
                         "<a class=\"xref\" href=\"A-notation.html#sec-symbols\">Section A.1</a>",
                         "<a class=\"xref\" href=\"A-notation.html#eq-objective\">Equation (A.1)</a>",
                         "<a class=\"xref\" href=\"A-notation.html#ex-notation\">Exercise A.1</a>",
                         "<a class=\"xref\" href=\"claims.html#claims-index\">Appendix B</a>"] {
            XCTAssertTrue(more.contains(expected), expected)
        }
        // Navigation: appendices after the chapters, lettered, under their own heading.
        XCTAssertTrue(more.contains("<li class=\"toc-part\">Appendices</li>\n<li><a href=\"A-notation.html\"><span class=\"toc-number\">A</span> Notation</a></li>\n<li><a href=\"claims.html\"><span class=\"toc-number\">B</span> Claims index</a></li>"))
        let index = try book.page("index.html")
        XCTAssertTrue(index.contains("<h2 id=\"appendices\">Appendices</h2>\n<ol class=\"chapter-list\">\n<li><span class=\"toc-number\">A</span> <a href=\"A-notation.html\">Notation</a>"))
        // A level-3 heading before any level-2 one is not numbered "1.0.1" or "0.1".
        let basics = try book.page("01-basics.html")
        XCTAssertTrue(basics.contains("<h3 id=\"before-any-section\">Before any section"), basics)
        XCTAssertTrue(basics.contains("<span class=\"secnum\">1.1</span> Callouts"))
    }

    func testClaimsIndexFromCachedResults() throws {
        let (book, first) = try Self.build()
        defer { book.remove() }
        XCTAssertEqual(first.status, 0, first.stdout + first.stderr)
        let fresh = try book.page("claims.html")
        XCTAssertTrue(fresh.contains("<h1 id=\"claims-index\"><span class=\"secnum\">Appendix B</span> Claims index</h1>"))
        XCTAssertTrue(fresh.contains("2 claims in 1 chapter, 2 held, 0 failed."), fresh)
        XCTAssertTrue(fresh.contains("<tr class=\"pass\"><td><a href=\"01-basics.html#check-doubling-works\">doubling works</a><span class=\"claim-location\">chapters/01-basics.md:48</span></td><td class=\"claim-value\">42</td><td class=\"claim-value\">42 (rtol 1e-12)</td>"), fresh)
        XCTAssertTrue(fresh.contains("<a href=\"01-basics.html#check-a-bound-holds\">a bound holds</a><span class=\"claim-location\">chapters/01-basics.md:55</span></td><td class=\"claim-value\">0.5</td><td class=\"claim-value\">&lt; 1</td>"), fresh)
        XCTAssertFalse(fresh.contains("claims-A-notation"), "an appendix without claims is left out")
        XCTAssertTrue(fresh.contains("<dt>Commit</dt><dd><code>unknown</code></dd>"), "the fixture is not in a git repository")
        XCTAssertTrue(fresh.contains("<dt>Compiler</dt><dd><code>Swift version"), fresh)
        XCTAssertTrue(fresh.contains("<dt>BLAS</dt><dd><code>OpenBLAS"), fresh)
        XCTAssertTrue(fresh.contains("<dt>Kernel</dt><dd><code>Linux "), fresh)

        // A prose edit reuses the cached results; the index is the same page.
        try book.write(chapter: "01-basics.md", AuthoringFixture.basics.replacingOccurrences(of: "A tip.", with: "A better tip."))
        let second = try book.run(["build"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("01-basics.md  cached"), second.stdout)
        XCTAssertEqual(try book.page("claims.html"), fresh)
    }

    func testConformanceWithCmarkGFM() throws {
        let (book, result) = try Self.build()
        defer { book.remove() }
        let basics = try book.page("01-basics.html")
        XCTAssertTrue(basics.contains("<a href=\"/my%20uri\">a link</a> and <a href=\"%C3%A4%5Cb\">another</a>"), basics)
        XCTAssertTrue(basics.contains("and &lt;style>p{}&lt;/style> text."), "the GFM tag filter")
        XCTAssertTrue(basics.contains("<blockquote>\n<pre><code>aaa\n</code></pre>\n</blockquote>\n<p>bbb</p>"),
                      "a fence closed by the end of its block quote")
        XCTAssertFalse(result.stderr.contains("01-basics.md:58"), result.stderr)
        XCTAssertTrue(result.stderr.contains("chapters/02-more.md:8: warning: code fence is never closed"), result.stderr)
        XCTAssertTrue(try book.page("02-more.html").contains("<pre><code class=\"language-text\">an unclosed fence at the end of the document\n</code></pre>"))
        XCTAssertEqual(result.status, 0, "an open fence is a warning, not an error")
    }
}
