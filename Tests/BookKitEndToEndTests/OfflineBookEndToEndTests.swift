import XCTest

/// The book reads offline: no external scripts, styles, fonts or images; search works
/// from a script file; building twice gives the same bytes.
final class OfflineBookEndToEndTests: XCTestCase {
    func testNoExternalRequestsAndSearchIndex() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let result = try book.run(["build"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let output = book.root.appendingPathComponent("output")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: output.path)).compactMap { $0 as? String }
        let external = try NSRegularExpression(pattern: "(src|srcset)=\"(https?:)?//|<link[^>]+href=\"(https?:)?//|url\\((['\"]?)(https?:)?//|@import")
        for name in files where name.hasSuffix(".html") || name.hasSuffix(".css") || name.hasSuffix(".js") {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            XCTAssertNil(external.firstMatch(in: text, range: range), "\(name) refers to the network")
            XCTAssertFalse(name.hasSuffix(".js") && (text.contains("fetch(") || text.contains("XMLHttpRequest")), name)
        }
        let index = try book.page("assets/search-index.js")
        XCTAssertTrue(index.hasPrefix("window.BOOK_SEARCH_INDEX = ["))
        XCTAssertTrue(index.contains("\"s\":\"2.1 Newton\""), index)
        XCTAssertTrue(index.contains("\"u\":\"02-second-order.html#sec-newton\""))
        XCTAssertTrue(index.contains("Compare @eq-newton."))
        XCTAssertTrue(try book.page("01-linear-regression.html").contains("<script src=\"assets/book.js\"></script>"))
    }

    func testBuildsAreByteIdentical() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        func snapshot() throws -> [String: Data] {
            _ = try book.run(["build"])
            let output = book.root.appendingPathComponent("output")
            let files = try XCTUnwrap(FileManager.default.enumerator(atPath: output.path)).compactMap { $0 as? String }
            var contents: [String: Data] = [:]
            for name in files { contents[name] = FileManager.default.contents(atPath: output.appendingPathComponent(name).path) }
            return contents
        }
        let first = try snapshot()
        let second = try snapshot()
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (name, data) in first { XCTAssertEqual(data, second[name], name) }
    }
}
