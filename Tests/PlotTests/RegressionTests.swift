import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Plot

/// Bugs reported by chapter authors, each checked on the parsed SVG tree.
final class RegressionTests: XCTestCase {
    /// Elements matching an XPath over SVG names (`g`, `path`, … without the namespace).
    private func nodes(_ node: XMLNode, _ path: String) throws -> [XMLElement] {
        let xpath = path.split(separator: "/", omittingEmptySubsequences: false).map { step -> String in
            guard let name = step.split(separator: "[").first, !name.isEmpty, name != ".", name != "*" else { return String(step) }
            return "*[local-name()='\(name)']" + step.dropFirst(name.count)
        }.joined(separator: "/")
        return try node.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    private func document(_ fig: Figure) throws -> XMLDocument {
        try XMLDocument(xmlString: try fig.svg(), options: [])
    }

    /// An attribute's value. (`attribute(forName:)` misses attributes of elements
    /// in the SVG namespace in swift-corelibs-foundation.)
    private func attribute(_ e: XMLElement, _ name: String) -> String? {
        e.attributes?.first { $0.name == name }?.stringValue
    }

    /// A panel whose legend is hidden neither hides a shared legend nor receives it:
    /// the legend goes on the last panel that shows one.
    func testSharedLegendSkipsPanelsWithHiddenLegends() throws {
        let a = [0.0, 1, 2], b = [1.0, 0.5, 0.2]
        let two = try document(Figure {
            Panel(title: "shown") { Line(a, b, label: "x") }
            Panel(title: "hidden", legend: .hidden) { Line(a, b, label: "x") }
        })
        let twoPanels = try nodes(two, "//g[@class='plot-panel']")
        XCTAssertEqual(twoPanels.count, 2)
        XCTAssertEqual(try twoPanels.map { try nodes($0, "./g[@class='plot-legend']").count }, [1, 0])
        XCTAssertEqual(try nodes(twoPanels[0], "./g[@class='plot-legend']/text").map(\.stringValue), ["x"])

        let three = try document(Figure {
            Panel { Line(a, b, label: "x") }
            Panel { Line(a, b, label: "x") }
            Panel(legend: .hidden) { Line(a, b, label: "x") }
        })
        let threePanels = try nodes(three, "//g[@class='plot-panel']")
        XCTAssertEqual(try threePanels.map { try nodes($0, "./g[@class='plot-legend']").count }, [0, 1, 0])
    }

    /// Every line swatch in a legend is drawn exactly like its mark: same classes
    /// (colour and dash) and same inline width.
    func testLegendSwatchesMatchTheirMarks() throws {
        let xs = [1.0, 2, 3, 4]
        let doc = try document(Figure {
            Line(xs, [4.0, 3, 2, 1], label: "solid")
            Line(xs, [3.0, 2.5, 2, 1.5], label: "dotted", dash: .dotted, width: 3)
            ErrorBars(xs, [2.0, 2, 2, 2], yError: [0.3, 0.3, 0.3, 0.3], label: "spread", points: false)
            RefLine(slope: -1, intercept: 5, label: "reference")
        })
        let swatches = try nodes(doc, "//g[@class='plot-legend']/path")
        let marks = try nodes(doc, "//g[@clip-path]/path")
        XCTAssertEqual(swatches.count, 4)
        let look = { (e: XMLElement) in [self.attribute(e, "class") ?? "", self.attribute(e, "style") ?? ""] }
        for s in swatches {
            XCTAssertTrue(marks.contains { look($0) == look(s) }, "swatch \(look(s)) matches no mark")
        }
        XCTAssertEqual(look(swatches[1]), ["plot-line plot-c1 plot-dash2", "stroke-width:3"])
        XCTAssertEqual(look(swatches[2]), ["plot-err plot-c2", ""], "error bars are solid whatever their slot")
        XCTAssertEqual(look(swatches[3]), ["plot-ref plot-muted", ""], "reference lines are dashed by plot-ref")
    }

    /// Explicit limits survive `aspect: .equal`: the ticks stay within them, and
    /// the plot area shrinks (centred) so that a data unit is as long on x as on y.
    func testEqualAspectKeepsExplicitLimits() throws {
        let grid = (0..<5).map { i in (0..<10).map { j in Double(i * j) } }
        func heatmap(_ aspect: Aspect) -> Figure {
            Figure(x: .linear("j", limits: -0.5...9.5), y: .linear("i", limits: -0.5...4.5), aspect: aspect) {
                Heatmap(grid, label: "i·j")
            }
        }
        func ticks(_ doc: XMLDocument, _ axis: String) throws -> [Double] {
            try nodes(doc, "//g[@class='plot-\(axis)t']/text").map {
                try XCTUnwrap(Double($0.stringValue?.replacingOccurrences(of: "−", with: "-") ?? ""))
            }
        }
        func plotArea(_ doc: XMLDocument) throws -> (x: Double, y: Double, width: Double, height: Double) {
            let r = try XCTUnwrap(nodes(doc, "//clipPath/rect").first)
            let v = ["x", "y", "width", "height"].map { Double(attribute(r, $0) ?? "") ?? .nan }
            return (v[0], v[1], v[2], v[3])
        }
        let equal = try document(heatmap(.equal)), auto = try document(heatmap(.auto))
        XCTAssertEqual(try ticks(equal, "y"), [0, 1, 2, 3, 4])
        for axis in ["x", "y"] {
            let t = try ticks(equal, axis)
            XCTAssertGreaterThanOrEqual(t.min() ?? .nan, -0.5, axis)
            XCTAssertLessThanOrEqual(t.max() ?? .nan, axis == "x" ? 9.5 : 4.5, axis)
        }
        let e = try plotArea(equal), a = try plotArea(auto)
        XCTAssertEqual(e.width / 10, e.height / 5, accuracy: 0.05, "pixels per unit")
        XCTAssertLessThan(e.width * e.height, a.width * a.height - 1, "the plot area shrinks")
        XCTAssertEqual(e.x + e.width / 2, a.x + a.width / 2, accuracy: 0.1)
        XCTAssertEqual(e.y + e.height / 2, a.y + a.height / 2, accuracy: 0.1)
    }
}
