import XCTest
@testable import BookKit

/// Inline values that use a name before the cell that declares it.
final class DeclarationOrderTests: XCTestCase {
    func testDeclaredNamesOfTopLevelDeclarations() {
        let source = """
        let a = 1, b = [1, 2], c: Dictionary<String, Int> = [:]
        var (d, _, e) = (1, 2, 3)
        private func f(_ x: Int) -> Int { x }
        struct S {}
            let indented = 1
        for i in 0..<3 { print(i) }
        """
        XCTAssertEqual(DeclarationOrder.declaredNames(in: source), ["a", "b", "c", "d", "e", "f", "S"])
    }

    func testReferencedNamesSkipMembersLabelsAndStrings() {
        XCTAssertEqual(DeclarationOrder.referencedNames(in: #"fmt(rates.last!, digits: 2) + "x \(y)" + z"#),
                       ["fmt", "rates", "z"])
    }

    func testAValueBeforeItsCellIsReportedAtTheValue() {
        let chapter = Chapter(path: "chapters/01-x.md", markdown: """
            # X

            ```swift
            let early = 1, both = 2
            ```

            We use `{swift} early`, `{swift} both` and `{swift} later + early`.

            ```swift
            let later = 3
            var both = 4
            ```

            Now `{swift} later` is fine.
            """)
        let messages = chapter.diagnostics.map(\.description)
        XCTAssertEqual(messages.filter { $0.contains("inline value uses") }.count, 1, "\(messages)")
        XCTAssertTrue(messages.contains {
            $0.hasPrefix("chapters/01-x.md:7:") && $0.contains("'later', which only the cell at line 10 declares")
        }, "\(messages)")
    }
}
