import Foundation
import XCTest

/// Typeset formulas are cached across builds: a build whose math is unchanged writes the
/// same pages, warns about bad TeX at its current line, and starts no node process.
final class MathCacheEndToEndTests: XCTestCase {
    /// A `node` first on PATH that logs each start to `log`, then runs the real one.
    func loggingNode(in book: FixtureBook, log: URL) throws -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let realNode = try XCTUnwrap((path.split(separator: ":").map { "\($0)/node" } + ["/usr/bin/node"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "node is not installed")
        let bin = book.url("fake-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent("node")
        try "#!/bin/sh\necho started >> '\(log.path)'\nexec '\(realNode)' \"$@\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        environment["PATH"] = "\(bin.path):\(path)"
        return environment
    }

    func testUnchangedMathIsTakenFromTheCacheWithoutStartingNode() throws {
        let book = try FixtureBook(chapters: ReadingFixture.chapters)
        defer { book.remove() }
        let log = book.url("node-starts.log")
        let environment = try loggingNode(in: book, log: log)
        func nodeStarts() -> Int { book.text("node-starts.log").split(separator: "\n").count }

        let cold = try book.run(["build", "--verbose"], environment: environment)
        XCTAssertEqual(cold.status, 0, cold.stdout + cold.stderr)
        XCTAssertEqual(nodeStarts(), 1)
        let formulas = try XCTUnwrap(cold.stdout.split(separator: "\n").first { $0.hasPrefix("math: ") }, cold.stdout)
        XCTAssertTrue(formulas.hasSuffix(" formulas, 0 from cache"), String(formulas))
        let coldPages = try ["01-linear-regression.html", "index.html"].map { try book.page($0) }

        let warm = try book.run(["build", "--verbose"], environment: environment)
        XCTAssertEqual(warm.status, 0, warm.stdout + warm.stderr)
        XCTAssertEqual(nodeStarts(), 1, "a build with unchanged math must not start node")
        let count = formulas.dropFirst("math: ".count).prefix { $0.isNumber }
        XCTAssertTrue(warm.stdout.contains("math: \(count) formulas, \(count) from cache"), warm.stdout)
        XCTAssertEqual(try ["01-linear-regression.html", "index.html"].map { try book.page($0) }, coldPages)
        XCTAssertTrue(warm.stderr.contains("chapters/01-linear-regression.md:11: warning: bad TeX in math: KaTeX parse error"),
                      "a cached error still warns:\n\(warm.stderr)")

        // A prose line above the bad formula: still no node, and the warning moves with it.
        let first = try XCTUnwrap(ReadingFixture.chapters["01-linear-regression.md"])
        try book.write(chapter: "01-linear-regression.md", first.replacingOccurrences(of: "\nBad: ", with: "\nNew prose.\nBad: "))
        let edited = try book.run(["build"], environment: environment)
        XCTAssertEqual(nodeStarts(), 1)
        XCTAssertTrue(edited.stderr.contains("chapters/01-linear-regression.md:12: warning: bad TeX in math"), edited.stderr)

        // New math starts node once more; --no-cache always does.
        try book.write(chapter: "01-linear-regression.md", first + "\nMore: $e^{i\\pi}$.\n")
        XCTAssertEqual(try book.run(["build"], environment: environment).status, 0)
        XCTAssertEqual(nodeStarts(), 2)
        XCTAssertTrue(try book.page("01-linear-regression.html").contains("<annotation encoding=\"application/x-tex\">e^{i\\pi}</annotation>"))
        XCTAssertEqual(try book.run(["build", "--no-cache"], environment: environment).status, 0)
        XCTAssertEqual(nodeStarts(), 3)
    }
}
