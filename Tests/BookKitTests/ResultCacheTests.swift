import BookProtocol
import XCTest
@testable import BookKit

final class ResultCacheTests: XCTestCase {
    let fingerprint = ToolchainFingerprint(digest: "toolchain")
    let base = "# T\n\nProse.\n\n```swift\n//| caption: A\nlet x = 1\nprint(x)\n```\n\n```swift\nprint(2)\n```\n"

    func key(_ markdown: String, path: String = "chapters/01-t.md", fingerprint: ToolchainFingerprint? = nil) -> String {
        ResultCache.key(for: Chapter(path: path, markdown: markdown), fingerprint: fingerprint ?? self.fingerprint,
                        outputLimit: 1 << 20)
    }

    func temporaryCache() -> ResultCache {
        ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path)
    }

    func testProseAndDisplayOptionsDoNotChangeTheKey() {
        let moreProse = base.replacingOccurrences(of: "Prose.\n", with: "Prose,\nreworded over\nthree lines.\n")
        let newCaption = base.replacingOccurrences(of: "caption: A", with: "caption: A longer caption")
        XCTAssertEqual(key(base), key(moreProse))
        XCTAssertEqual(key(base), key(newCaption))
    }

    func testCodePathAndToolchainChangeTheKey() {
        XCTAssertNotEqual(key(base), key(base.replacingOccurrences(of: "print(2)", with: "print(3)")))
        XCTAssertNotEqual(key(base), key(base, path: "chapters/02-t.md"))
        XCTAssertNotEqual(key(base), key(base, fingerprint: ToolchainFingerprint(digest: "other")))
        // A new option line moves the code within its cell, so compiler lines change.
        XCTAssertNotEqual(key(base), key(base.replacingOccurrences(of: "//| caption: A\n", with: "//| caption: A\n//| echo: false\n")))
    }

    func testEntriesAreReusedRelocatedAndNeverTrustedWhenCorrupt() throws {
        let cache = temporaryCache()
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        let chapter = Chapter(path: "chapters/01-t.md", markdown: base)
        var run = ChapterRun()
        run.cells[2] = [.check(CheckRecord(claim: "c", passed: false, detail: "", location: "chapters/01-t.md:12")),
                        .text("at chapters/01-t.md:12 and other.md:12\n", truncated: false)]
        run.failure = .crashed(cell: 2, reason: "chapters/01-t.md:12: Fatal error")
        let key = ResultCache.key(for: chapter, fingerprint: fingerprint, outputLimit: 1 << 20)
        try cache.store(run, for: chapter, key: key)
        XCTAssertEqual(cache.lookup(chapter, key: key), run)
        XCTAssertNil(cache.lookup(chapter, key: "another key"))

        // Two prose lines above the cells move every recorded line of cell 2 down by two.
        let moved = Chapter(path: chapter.path, markdown: base.replacingOccurrences(of: "Prose.\n", with: "Prose.\nMore.\nMore.\n"))
        let relocated = try XCTUnwrap(cache.lookup(moved, key: key))
        XCTAssertEqual(relocated.checks.first?.location, "chapters/01-t.md:14")
        XCTAssertEqual(relocated.cells[2]?.last, .text("at chapters/01-t.md:14 and other.md:12\n", truncated: false))
        XCTAssertEqual(relocated.failure, .crashed(cell: 2, reason: "chapters/01-t.md:14: Fatal error"))

        try Data("garbage \u{0}\u{1}".utf8).write(to: URL(fileURLWithPath: cache.entryPath(for: chapter)))
        XCTAssertNil(cache.lookup(chapter, key: key))
    }

    func testTransientFailuresAreNotStored() throws {
        let cache = temporaryCache()
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        let chapter = Chapter(path: "chapters/01-t.md", markdown: base)
        var run = ChapterRun()
        run.failure = .timedOut(cell: 1, seconds: 2)
        run.isTransient = true
        try cache.store(run, for: chapter, key: "k")
        XCTAssertNil(cache.lookup(chapter, key: "k"))
    }
}
