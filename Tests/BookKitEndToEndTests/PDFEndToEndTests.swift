import Foundation
import XCTest

/// `book pdf`: the whole book printed by headless Chromium into output/book.pdf.
final class PDFEndToEndTests: XCTestCase {
    private static let chapters = [
        "01-first.md": """
            # First Chapter

            ## A section {#sec-first}

            The answer is `{swift} answer`, see @sec-second.

            ```swift
            let answer = 6 * 7
            check("the answer is 42", Double(answer), approx: 42, atol: 0.5)
            ```

            > [!EXERCISE] Think {#ex-think}
            > Why 42?
            >
            > > [!SOLUTION]
            > > Because SOLUTIONTEXT.
            """,
        "02-second.md": """
            # Second Chapter

            ## Another section {#sec-second}

            ```swift
            check("this claim fails on purpose", 1.0, lessThan: 0.5)
            ```
            """,
    ]

    private func chromiumAvailable() -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { directory in
            ["chromium", "chromium-browser", "google-chrome"].contains {
                FileManager.default.isExecutableFile(atPath: "\(directory)/\($0)")
            }
        }
    }

    func testMissingChromiumIsOneSentenceWithTheFixAndStatus2() throws {
        let book = try FixtureBook(chapters: PDFEndToEndTests.chapters)
        defer { book.remove() }
        // Only the Swift toolchain's directory on PATH: the compiler is found, Chromium is not.
        let swiftc = try XCTUnwrap(ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .first { FileManager.default.isExecutableFile(atPath: "\($0)/swiftc") })
        try XCTSkipIf(["chromium", "chromium-browser", "google-chrome"].contains {
            FileManager.default.isExecutableFile(atPath: "\(swiftc)/\($0)")
        }, "Chromium is installed next to swiftc")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = String(swiftc)
        environment["CHROMIUM"] = nil
        let result = try book.run(["pdf"], environment: environment)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("apt-get install chromium"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: book.root.appendingPathComponent("output/book.pdf").path))
    }

    func testAFailedChapterIsPrintedWithItsErrorAndStatus1() throws {
        try XCTSkipUnless(chromiumAvailable(), "headless Chromium is not installed (make pdf-deps installs it)")
        let book = try FixtureBook(chapters: PDFEndToEndTests.chapters)
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 1)
        let html = try book.page("01-first.html")
        let result = try book.run(["pdf", "--paper", "letter"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("book printed to output/book.pdf"), result.stdout)
        let pdf = book.root.appendingPathComponent("output/book.pdf")
        let data = try Data(contentsOf: pdf)
        XCTAssertTrue(data.starts(with: Data("%PDF-".utf8)))
        XCTAssertEqual(try book.page("01-first.html"), html, "the HTML book is left as it was")
        // Letter paper is 612 × 792 points; the outline has both chapters.
        XCTAssertNotNil(data.range(of: Data("612 792".utf8)), "US Letter media box")
        XCTAssertNotNil(data.range(of: Data("/Outlines".utf8)))
        XCTAssertNotNil(data.range(of: Data("(Chapter 1 First Chapter)".utf8)))
        XCTAssertNotNil(data.range(of: Data("(Chapter 2 Second Chapter)".utf8)))
    }

    func testBadPaperSizeIsAUsageError() throws {
        let book = try FixtureBook(chapters: PDFEndToEndTests.chapters)
        defer { book.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["CHROMIUM"] = "/bin/true"
        let result = try book.run(["pdf", "--paper", "A3"], environment: environment)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown paper size 'A3'; use one of: A4, letter"), result.stderr)
    }
}
