import Foundation
import XCTest
@testable import BookKit

/// The math cache: hits skip the renderer, misses render only what is missing, a damaged
/// file is never trusted, and a macro defined in one formula never leaves another stale.
final class MathCacheTests: XCTestCase {
    /// Renders like KaTeX with a shared macro table, for formulas of the forms
    /// `\gdef\NAME{BODY}`, `\bad` (an error) and anything else (macros expanded),
    /// and records each batch it is given.
    final class FakeRenderer: FormulaRenderer {
        var batches: [[String]] = []

        func engineDigest() -> String? { "fake-engine" }

        func render(_ formulas: [Formula]) throws(KaTeX.Failure) -> [KaTeX.Outcome] {
            batches.append(formulas.map(\.tex))
            var macros: [String: String] = [:]
            return formulas.map { formula in
                let tex = formula.tex
                if tex.hasPrefix("\\gdef"), let open = tex.firstIndex(of: "{") {
                    macros[String(tex[tex.index(tex.startIndex, offsetBy: 5)..<open])] = String(tex[tex.index(after: open)...].dropLast())
                    return .html("<def/>")
                }
                if tex == "\\bad" { return .error("Undefined control sequence: \\bad") }
                let expanded = macros.reduce(tex) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
                return .html("<m\(formula.display ? " display" : "")>\(expanded)</m>")
            }
        }
    }

    var directory = ""

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("math-cache-\(UUID().uuidString)").path
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    var cache: MathCache { MathCache(path: "\(directory)/math.cache") }

    func formulas(_ texs: String...) -> [Formula] {
        texs.map { Formula(tex: $0, display: false) }
    }

    func typeset(_ formulas: [Formula], with renderer: FakeRenderer, useCache: Bool = true) throws -> CachingTypesetter.Result {
        try CachingTypesetter(renderer: renderer, cache: cache, useCache: useCache).typeset(formulas)
    }

    func testUnchangedMathIsServedFromTheCacheWithoutRendering() throws {
        let book = formulas("a^2", "\\bad", "b_1") + [Formula(tex: "a^2", display: true)]
        let renderer = FakeRenderer()
        let cold = try typeset(book, with: renderer)
        XCTAssertEqual(cold.cached, 0)
        XCTAssertEqual(renderer.batches.count, 1)

        let warm = try typeset(book, with: renderer)
        XCTAssertEqual(renderer.batches.count, 1, "a fully cached build must not start the renderer")
        XCTAssertEqual(warm.cached, 4)
        XCTAssertEqual(warm.outcomes, cold.outcomes)
        XCTAssertEqual(warm.outcomes[1], .error("Undefined control sequence: \\bad"), "errors are cached with their message")
        XCTAssertEqual(warm.outcomes[3], .html("<m display>a^2</m>"), "display mode is part of the key")
    }

    func testOnlyMissingFormulasAreRenderedAndUnusedEntriesAreDropped() throws {
        let renderer = FakeRenderer()
        _ = try typeset(formulas("a", "b", "c"), with: renderer)
        let result = try typeset(formulas("a", "new", "c"), with: renderer)
        XCTAssertEqual(renderer.batches.last, ["new"])
        XCTAssertEqual(result.cached, 2)
        XCTAssertEqual(result.outcomes, [.html("<m>a</m>"), .html("<m>new</m>"), .html("<m>c</m>")])
        XCTAssertEqual(cache.load().count, 3, "'b' was not used by the last build and is dropped")
    }

    func testNoCacheRendersEverythingAndRefreshesTheFile() throws {
        let renderer = FakeRenderer()
        _ = try typeset(formulas("a", "b"), with: renderer)
        let result = try typeset(formulas("a", "b"), with: renderer, useCache: false)
        XCTAssertEqual(renderer.batches.last, ["a", "b"])
        XCTAssertEqual(result.cached, 0)
        XCTAssertEqual(cache.load().count, 2)
    }

    func testADamagedFileIsIgnoredAndRebuilt() throws {
        let renderer = FakeRenderer()
        let book = formulas("a", "b")
        _ = try typeset(book, with: renderer)
        let intact = try Data(contentsOf: URL(fileURLWithPath: cache.path))
        XCTAssertEqual(MathCache.decode(intact)?.count, 2)

        var flipped = [UInt8](intact)
        flipped[flipped.count - 3] ^= 1
        let damaged = [Data(), Data("garbage \u{0}\u{1}".utf8), intact.prefix(intact.count - 4), Data(flipped),
                       intact + Data("x".utf8)]
        for data in damaged {
            XCTAssertNil(MathCache.decode(data), "\(data.count) bytes")
            try data.write(to: URL(fileURLWithPath: cache.path))
            XCTAssertEqual(cache.load(), [:])
            let batches = renderer.batches.count
            XCTAssertEqual(try typeset(book, with: renderer).cached, 0)
            XCTAssertEqual(renderer.batches.count, batches + 1)
            XCTAssertEqual(cache.load().count, 2, "the build rewrites a damaged file")
        }
    }

    func testEncodingRoundTripsAwkwardText() {
        let entries: [String: KaTeX.Outcome] = ["k1": .html("line\nbreaks \" and ünïcode 12 34\n"), "k2": .error(""), "k3": .html("")]
        XCTAssertEqual(MathCache.decode(MathCache.encode(entries)), entries)
    }

    func testMacroDefinitionsAreRecognizedAsWholeControlWords() {
        for tex in ["\\gdef\\R{\\mathbb R}", "\\newcommand{\\x}{1}", "\\global\\let\\a\\b", "x \\renewcommand\\y2", "\\def\\z{}",
                    "a\\nonumber"] {
            XCTAssertTrue(MacroDefinitions.mayDefine(tex), tex)
        }
        for tex in ["\\left( x \\right)", "\\lettrine", "\\\\gdef", "\\deff", "gdef", "\\mathbb{R}^n"] {
            XCTAssertFalse(MacroDefinitions.mayDefine(tex), tex)
        }
    }

    func testKeysWithoutMacrosDoNotDependOnOtherFormulas() {
        let alone = FormulaKeys(formulas: formulas("x"), engine: "e")
        let amid = FormulaKeys(formulas: formulas("a", "x", "b"), engine: "e")
        XCTAssertFalse(amid.macrosInPlay)
        XCTAssertEqual(alone.keys[0], amid.keys[1])
        XCTAssertNotEqual(alone.keys[0], FormulaKeys(formulas: formulas("x"), engine: "other").keys[0])
        XCTAssertNotEqual(alone.keys[0], FormulaKeys(formulas: [Formula(tex: "x", display: true)], engine: "e").keys[0])
    }

    func testKeysAfterAMacroDefinitionCoverEverythingSinceIt() {
        let book = FormulaKeys(formulas: formulas("a", "\\gdef\\x{1}", "\\x", "b"), engine: "e")
        XCTAssertTrue(book.macrosInPlay)
        let redefined = FormulaKeys(formulas: formulas("a", "\\gdef\\x{2}", "\\x", "b"), engine: "e")
        XCTAssertEqual(book.keys[0], redefined.keys[0], "a formula before any definition keeps its key")
        XCTAssertNotEqual(book.keys[2], redefined.keys[2])
        XCTAssertNotEqual(book.keys[3], redefined.keys[3])
        let moved = FormulaKeys(formulas: formulas("a", "\\x", "\\gdef\\x{1}", "b"), engine: "e")
        XCTAssertNotEqual(book.keys[2], moved.keys[1], "a use moved above its definition is a different rendering")
        XCTAssertEqual(book.keys, FormulaKeys(formulas: formulas("a", "\\gdef\\x{1}", "\\x", "b"), engine: "e").keys)
    }

    func testAChangedMacroNeverServesAStaleRendering() throws {
        let renderer = FakeRenderer()
        XCTAssertEqual(try typeset(formulas("\\gdef\\x{1}", "\\x"), with: renderer).outcomes[1], .html("<m>1</m>"))
        XCTAssertEqual(try typeset(formulas("\\gdef\\x{2}", "\\x"), with: renderer).outcomes[1], .html("<m>2</m>"))

        // One new formula: the definitions, though cached, must be typeset again before it.
        let result = try typeset(formulas("\\gdef\\x{2}", "\\x", "y\\x"), with: renderer)
        XCTAssertEqual(renderer.batches.last, ["\\gdef\\x{2}", "\\x", "y\\x"])
        XCTAssertEqual(result.outcomes[2], .html("<m>y2</m>"))
        XCTAssertEqual(result.cached, 0)

        XCTAssertEqual(try typeset(formulas("\\gdef\\x{2}", "\\x", "y\\x"), with: renderer).cached, 3)
        XCTAssertEqual(renderer.batches.count, 3)
    }
}
