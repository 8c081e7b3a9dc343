import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Plot

/// Collects element names and attributes while parsing, and whether parsing succeeded.
final class XMLProbe: NSObject, XMLParserDelegate {
    var elements: [(String, [String: String])] = []
    var text = ""
    var error: Error?

    static func parse(_ svg: String) -> XMLProbe {
        let probe = XMLProbe()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = probe
        if !parser.parse() { probe.error = parser.parserError ?? NSError(domain: "xml", code: 1) }
        return probe
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, parseErrorOccurred e: Error) { error = e }
}

final class SVGOutputTests: XCTestCase {
    func testEveryGalleryFigureIsWellFormedAndAccessible() throws {
        for item in Gallery.figures() {
            for svg in [try item.figure.svg(), try item.figure.standaloneSVG()] {
                let probe = XMLProbe.parse(svg)
                XCTAssertNil(probe.error, "\(item.name): \(String(describing: probe.error))")
                guard let root = probe.elements.first else { return XCTFail("\(item.name): empty") }
                XCTAssertEqual(root.0, "svg")
                XCTAssertEqual(root.1["role"], "img")
                XCTAssertNotNil(root.1["viewBox"])
                XCTAssertEqual(root.1["style"], "width:100%;height:auto")
                XCTAssertEqual(probe.elements[1].0, "title", item.name)
                XCTAssertEqual(probe.elements[2].0, "desc", item.name)
                // IDs are unique within the figure and every url(#…) reference resolves.
                let ids = probe.elements.compactMap { $0.1["id"] }
                XCTAssertEqual(Set(ids).count, ids.count, "\(item.name): duplicate ids")
                for (_, attrs) in probe.elements {
                    for v in attrs.values where v.hasPrefix("url(#") {
                        XCTAssertTrue(ids.contains(String(v.dropFirst(5).dropLast())), "\(item.name): dangling \(v)")
                    }
                }
                // No non-finite number reaches an attribute (image data excepted).
                for (_, attrs) in probe.elements {
                    for (k, v) in attrs where k != "href" {
                        XCTAssertFalse(v.lowercased().contains("nan") || v.lowercased().contains("inf"), "\(item.name): \(k)=\(v)")
                    }
                }
                XCTAssertFalse(svg.contains("<figcaption"), "the page renders captions")
            }
        }
    }

    func testRenderingIsDeterministic() throws {
        let a = try Gallery.figures().map { try $0.figure.svg() }
        let b = try Gallery.figures().map { try $0.figure.svg() }
        XCTAssertEqual(a, b)
    }

    func testIDsDifferBetweenFiguresAndFollowExplicitPrefix() throws {
        let svgs = try Gallery.figures().map { try $0.figure.svg() }
        let prefixes = svgs.compactMap { s -> String? in
            guard let r = s.range(of: "<title id=\"") else { return nil }
            return String(s[r.upperBound...].prefix { $0 != "\"" })
        }
        XCTAssertEqual(Set(prefixes).count, svgs.count)
        let fig = Figure(id: "fig-gd") { Line([1, 2], [3, 4]) }
        XCTAssertTrue(try fig.svg().contains("id=\"fig-gd-0-clip\""))
    }

    func testDescriptionSummarisesTheFigure() throws {
        let fig = Figure(alt: "SGD is noisier.", x: .log("step"), y: .log("loss")) {
            Line([1, 10, 100], [1, 0.1, 0.01], label: "a")
            Line([1, 10, 100], [1, 0.2, 0.05], label: "b")
        }
        let probe = XMLProbe.parse(try fig.svg())
        XCTAssertTrue(probe.text.contains("Line plot with 2 series; x: step (log), y: loss (log). SGD is noisier."), probe.text)
    }

    func testStylesheetContract() {
        let css = Figure.stylesheet
        for needle in ["--plot-c0", "--plot-c7", "--plot-muted", "--plot-grid", "--plot-bg",
                       "@media (prefers-color-scheme:dark){:root:not([data-theme=\"light\"])",
                       ":root[data-theme=\"dark\"]", "font-family:inherit", "currentColor"] {
            XCTAssertTrue(css.contains(needle), needle)
        }
        // Every class the figures use is defined in the stylesheet.
        let used = Set(Gallery.figures().flatMap { item -> [String] in
            let probe = XMLProbe.parse((try? item.figure.svg()) ?? "")
            return probe.elements.compactMap { $0.1["class"] }.flatMap { $0.split(separator: " ").map(String.init) }
        })
        // `plot-panel` and `plot-panels` (a figure of several panels) are hooks for the page's CSS.
        for cls in used where cls != "plot-panel" && cls != "plot-panels" {
            XCTAssertTrue(css.contains("." + cls), "class \(cls) has no rule")
        }
    }

    func testCoordinatesAreRoundedAndPathsRelative() throws {
        let xs = (0..<50).map { Double($0) / 7 }
        let svg = try Figure { Line(xs, xs.map { sin($0) }) }.svg()
        let numbers = svg.split(whereSeparator: { !"0123456789.".contains($0) }).filter { $0.contains(".") }
        XCTAssertTrue(numbers.allSatisfy { ($0.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0) <= 1 }, "more than one decimal")
        XCTAssertTrue(svg.contains("l"))
    }
}
