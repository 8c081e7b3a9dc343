import XCTest

/// Two clean builds of the same sources give byte-identical books.
final class DeterminismEndToEndTests: XCTestCase {
    func testCleanRebuildsAreByteIdentical() throws {
        let book = try FixtureBook(chapters: [
            "index.md": "# Deterministic Book\n\nWelcome.\n",
            "01-a.md": """
                # A

                ## Section one {#sec-one}

                ```swift
                //| label: fig-square
                let values = (1...5).map { Double($0) * 0.1 }
                print(values)
                show(svg: "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'><rect width='1' height='1'/></svg>", caption: "Square")
                showTable(header: ["k", "v"], rows: [["a", "1"], ["b", "2"]])
                check("sum", values.reduce(0, +), approx: 1.5, rtol: 1e-12)
                ```
                """,
            "02-b.md": "# B\n\n```swift\nprint(\"b\")\n```\n",
        ])
        defer { book.remove() }
        XCTAssertEqual(try book.run(["build"]).status, 0)
        let first = try book.tree("output")
        XCTAssertEqual(try book.run(["clean"]).status, 0)
        XCTAssertEqual(try book.run(["build", "--jobs", "1"]).status, 0)
        let second = try book.tree("output")
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, bytes) in first {
            XCTAssertEqual(bytes, second[path], "\(path) differs between two clean builds")
        }
        XCTAssertGreaterThanOrEqual(first.count, 4)
    }
}
