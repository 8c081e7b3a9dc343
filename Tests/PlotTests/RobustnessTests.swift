import XCTest
import Foundation
@testable import Plot

final class RobustnessTests: XCTestCase {
    private func assertWellFormed(_ fig: Figure, file: StaticString = #filePath, line: UInt = #line) throws {
        let svg = try fig.svg()
        XCTAssertNil(XMLProbe.parse(svg).error, file: file, line: line)
        XCTAssertFalse(svg.contains("nan") || svg.contains("NaN"), file: file, line: line)
    }

    func testDegenerateDataStillRenders() throws {
        try assertWellFormed(Figure { Line([Double](), [Double]()) })
        try assertWellFormed(Figure {})
        try assertWellFormed(Figure { Line([1], [1]) })
        try assertWellFormed(Figure { Line([1, 2, 3], [4, 4, 4]) })
        try assertWellFormed(Figure { Line([Double.nan, .nan], [Double.nan, .infinity]) })
        try assertWellFormed(Figure { Scatter([0], [0]) })
        try assertWellFormed(Figure(y: .log()) { Line([0, 1, 2], [1e-12, 1, 1e12]) })
        try assertWellFormed(Figure { Line([0, 1], [1e300, -1e300]) })
        try assertWellFormed(Figure { Histogram([Double]()); Histogram([3, 3, 3]) })
        try assertWellFormed(Figure { Contour(x: 0...1, y: 0...1, resolution: 5) { _, _ in 1 } })
        try assertWellFormed(Figure { Heatmap([[Double]]()) })
        try assertWellFormed(Figure { Heatmap([[1, .nan], [.infinity, 2]]) })
        try assertWellFormed(Figure { Bars([String](), [Double]()) })
        try assertWellFormed(Figure(x: .linear(limits: 0...1)) { Line([-5, 5], [0, 1]) })
    }

    func testNaNBreaksLinesAndIsolatedPointsBecomeDots() throws {
        let svg = try Figure { Line([0, 1, 2, 3, 4], [0, 1, .nan, 2, 3]) }.svg()
        let line = svg.components(separatedBy: "\n").first { $0.contains("plot-line") } ?? ""
        XCTAssertEqual(line.components(separatedBy: "M").count - 1, 2, "two subpaths: \(line)")
        let dots = try Figure { Line([0, 1, 2], [.nan, 1, .nan]) }.svg()
        XCTAssertTrue(dots.contains("plot-pts-round"))
    }

    func testInvalidArgumentsThrowClearErrors() {
        XCTAssertThrowsError(try Figure { Line([1, 2, 3], [1, 2]) }.svg()) { e in
            XCTAssertEqual(e as? PlotError, .lengthMismatch(mark: "Line", first: "x", firstCount: 3, second: "y", secondCount: 2))
            XCTAssertTrue("\(e)".contains("same length"))
        }
        XCTAssertThrowsError(try Figure(y: .log()) { Line([1, 2], [1, 0]) }.svg()) { e in
            XCTAssertEqual(e as? PlotError, .nonPositiveOnLogAxis(mark: "Line", axis: "y", value: 0))
        }
        XCTAssertThrowsError(try Figure(x: .log(limits: -1...10)) { Line([1, 2], [1, 2]) }.svg())
        XCTAssertThrowsError(try Figure(x: .log()) { Heatmap([[1.0]]) }.svg()) { e in
            XCTAssertEqual(e as? PlotError, .unsupportedScale(mark: "Heatmap", axis: "x", scale: "log"))
        }
        XCTAssertThrowsError(try Figure { Heatmap([[1.0, 2], [3]]) }.svg())
        XCTAssertThrowsError(try Figure { Contour(x: [0, 1], y: [0, 1], z: [[1.0, 2]]) }.svg())
        XCTAssertThrowsError(try Figure { Histogram([1.0], bins: .edges([2, 1])) }.svg())
        XCTAssertThrowsError(try Figure { ErrorBars([1, 2], [1, 2], yError: [0.1]) }.svg())
        XCTAssertThrowsError(try Figure(shareX: true) {
            Panel(x: .log()) { Line([1, 2], [1, 2]) }
            Panel { Line([1, 2], [1, 2]) }
        }.svg()) { e in XCTAssertEqual(e as? PlotError, .sharedScaleMismatch(axis: "x")) }
    }

    func testForeignMarksAreReported() {
        struct Custom: Mark {}
        XCTAssertThrowsError(try Figure { Custom() }.svg()) { e in
            XCTAssertEqual(e as? PlotError, .unsupportedMark("Custom"))
        }
    }

    func testSharedAxesUseOneSetOfLimits() throws {
        let fig = Figure(shareY: true) {
            Panel { Line([0, 1], [0, 1]) }
            Panel { Line([0, 1], [0, 100]) }
        }
        let svg = try fig.svg()
        // Only the first panel labels its y ticks, and its top tick reaches 100.
        XCTAssertEqual(svg.components(separatedBy: "class=\"plot-yt\"").count - 1, 1)
        XCTAssertTrue(svg.contains(">100<"))
    }

    func testAcceptsFloatsIntsAndRanges() throws {
        let f: [Float] = [1, 2, 3]
        try assertWellFormed(Figure { Line(0..<3, f); Scatter(stride(from: 0.0, to: 3, by: 1), [1, 2, 3]) })
    }
}
