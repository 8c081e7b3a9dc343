import XCTest
import Foundation
@testable import Plot

final class GeometryTests: XCTestCase {
    func testRDPKeepsEveryPointWithinTolerance() {
        var rng = SplitMix(state: 3)
        let pts = (0..<2000).map { i in Point(x: Double(i) * 0.3, y: 100 * sin(Double(i) / 50) + rng.normal()) }
        let simple = Simplify.rdp(pts, tolerance: 0.25)
        XCTAssertLessThan(simple.count, pts.count)
        XCTAssertEqual(simple.first, pts.first)
        XCTAssertEqual(simple.last, pts.last)
        // Each original point lies within tolerance of the simplified polyline.
        var seg = 0
        for p in pts {
            while seg + 1 < simple.count - 1 && simple[seg + 1].x < p.x { seg += 1 }
            let d = min(Simplify.distanceSquared(p, simple[seg], simple[seg + 1]),
                        seg + 2 < simple.count ? Simplify.distanceSquared(p, simple[seg + 1], simple[seg + 2]) : .infinity)
            XCTAssertLessThanOrEqual(d.squareRoot(), 0.25 + 1e-9)
        }
    }

    func testM4KeepsExtremesOfEveryPixelColumn() {
        var rng = SplitMix(state: 5)
        let pts = (0..<10_000).map { i in Point(x: Double(i) / 100, y: rng.normal()) }
        let kept = Simplify.m4(pts)
        XCTAssertLessThanOrEqual(kept.count, 4 * 100)
        for column in 0..<100 {
            let original = pts.filter { Int($0.x) == column }.map(\.y)
            let reduced = kept.filter { Int($0.x) == column }.map(\.y)
            XCTAssertEqual(original.min(), reduced.min())
            XCTAssertEqual(original.max(), reduced.max())
        }
    }

    func testPathDataIsCompactAndRelative() {
        var p = PathData()
        p.polyline([Point(x: 10, y: 10), Point(x: 20, y: 10), Point(x: 20, y: 5), Point(x: 25.04, y: 0), Point(x: 25.04, y: 0)])
        XCTAssertEqual(p.d, "M10 10h10v-5l5-5")
        var q = PathData()
        q.polygon([Point(x: 0, y: 0), Point(x: 1.25, y: 0), Point(x: 1.25, y: 1)])
        XCTAssertEqual(q.d, "M0 0h1.3v1z")
        XCTAssertEqual(Num.px(-0.04), "0")
        XCTAssertEqual(Num.px(-0.5), "-.5")
        XCTAssertEqual(Num.px(.nan), "0")
        XCTAssertEqual(Num.px(1e300), "1000000")
    }

    func testMarchingSquaresCircleIsClosedAndRound() {
        let n = 61
        let axis = (0..<n).map { -1.5 + 3 * Double($0) / Double(n - 1) }
        let z = axis.map { y in axis.map { x in x * x + y * y } }
        let lines = MarchingSquares(z).lines(at: 1)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].closed)
        for (fi, fj) in lines[0].points {
            let x = Contour.interpolate(axis, fi), y = Contour.interpolate(axis, fj)
            XCTAssertEqual((x * x + y * y).squareRoot(), 1, accuracy: 0.01)
        }
        // A level crossing the border gives an open line.
        let open = MarchingSquares(z).lines(at: 2.5)
        XCTAssertTrue(open.allSatisfy { !$0.closed })
        XCTAssertEqual(open.count, 4)
    }

    func testSaddleCellsStayConsistent() {
        let z: [[Double]] = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
        let lines = MarchingSquares(z).lines(at: 0.5)
        XCTAssertFalse(lines.isEmpty)
        XCTAssertTrue(lines.allSatisfy { $0.points.count >= 2 })
    }

    func testContourLogLevelsAreRound() {
        let levels = Contour.logLevels(1e-4, 2e3, count: 10)
        XCTAssertTrue((5...20).contains(levels.count), "\(levels)")
        for v in levels {
            let m = v / pow(10, floor(log10(v) + 1e-9))
            XCTAssertTrue([1, 2, 3, 5, 1.5, 7].contains { abs($0 - m) < 1e-9 }, "\(v)")
        }
    }

    func testPNGStructure() {
        let png = PNG.encode(width: 2, height: 2, rgba: [UInt8](repeating: 200, count: 16))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(String(decoding: png[12..<16], as: UTF8.self), "IHDR")
        XCTAssertEqual(String(decoding: png.suffix(8).prefix(4), as: UTF8.self), "IEND")
        XCTAssertEqual(Array(png.suffix(4)), [0xAE, 0x42, 0x60, 0x82], "CRC of an empty IEND chunk")
    }

    /// x of the legend box and right edge of the plot area (its clip rectangle).
    private func legendAndPlotRight(_ fig: Figure) throws -> (legendX: Double, plotMid: Double, plotRight: Double) {
        let probe = XMLProbe.parse(try fig.svg())
        let bg: [String: String] = try XCTUnwrap(probe.elements.first { $0.1["class"] == "plot-legend-bg" }?.1)
        let clip: [String: String] = try XCTUnwrap(probe.elements.first { $0.0 == "rect" && $0.1["class"] == nil }?.1)
        let lx = Double(bg["x"] ?? "") ?? 0
        let cx = Double(clip["x"] ?? "") ?? 0
        let cw = Double(clip["width"] ?? "") ?? 0
        return (lx, cx + cw / 2, cx + cw)
    }

    func testLegendAvoidsData() throws {
        // Data only in the top right (and two corner points): the legend goes top left.
        let ramp: [Double] = (0..<20).map { 8 + Double($0) / 10 }
        let topRight = try legendAndPlotRight(Figure {
            Scatter(ramp, ramp, label: "top right")
            Scatter([0.0, 10], [0.0, 10], label: "corners")
        })
        XCTAssertLessThan(topRight.legendX, topRight.plotMid, "legend should be on the left")

        // Data everywhere: the legend goes outside the plot area.
        var rng = SplitMix(state: 9)
        let xs: [Double] = (0..<2000).map { _ in rng.uniform() }
        let ys: [Double] = (0..<2000).map { _ in rng.uniform() }
        let busy = try legendAndPlotRight(Figure { Scatter(xs, ys, label: "uniform") })
        XCTAssertGreaterThan(busy.legendX, busy.plotRight)
    }
}
