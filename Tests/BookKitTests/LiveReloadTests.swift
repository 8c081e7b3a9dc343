import XCTest
@testable import BookKit

/// Watched builds stamp pages and write the stamp file the pages poll.
final class LiveReloadTests: XCTestCase {
    func testPagesAreStampedWithTheirOwnDigest() throws {
        let page = Data("<html><body><p>x</p>\n</body></html>".utf8)
        let files = LiveReload.instrument(["a.html": page, "assets/book.css": Data("p{}".utf8)])
        let stamp = String(SHA256.hex(page).prefix(16))
        XCTAssertEqual(String(decoding: try XCTUnwrap(files["a.html"]), as: UTF8.self),
                       "<html><body><p>x</p>\n<script src=\"assets/live-reload.js\" data-stamp=\"\(stamp)\"></script>\n</body></html>")
        XCTAssertEqual(files["assets/book.css"], Data("p{}".utf8))
        XCTAssertEqual(String(decoding: try XCTUnwrap(files[LiveReload.stampPath]), as: UTF8.self),
                       "bookBuildStamp({\"a.html\":\"\(stamp)\"});\n")
        XCTAssertNotNil(files[LiveReload.scriptPath])
    }

    func testAChangedPageGetsANewStampAndAnUnchangedOneKeepsIt() throws {
        let a = Data("<body>a</body>".utf8), b = Data("<body>b</body>".utf8)
        let first = LiveReload.instrument(["a.html": a, "b.html": b])
        let second = LiveReload.instrument(["a.html": a, "b.html": Data("<body>b, edited</body>".utf8)])
        XCTAssertEqual(first["a.html"], second["a.html"])
        XCTAssertNotEqual(first["b.html"], second["b.html"])
    }
}
