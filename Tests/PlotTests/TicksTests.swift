import XCTest
import Foundation
@testable import Plot

final class TicksTests: XCTestCase {
    /// Is `v` an integer multiple of `q × 10^z` for a nice q (up to rounding)?
    private func isRound(_ v: Double, _ t: LinearTicks) -> Bool {
        let unit = Ticks.value(1, t.q, t.exponent)
        let n = v / unit
        return abs(n - n.rounded()) < 1e-6
    }

    func testLinearTicksPropertiesOverRandomRanges() {
        var rng = SplitMix(state: 7)
        var checked = 0
        for _ in 0..<3000 {
            // Magnitudes 1e-12 … 1e12, spans from 1e-9 relative to wide, any sign.
            let magnitude = pow(10, rng.uniform() * 24 - 12)
            let centre = (rng.uniform() * 2 - 1) * magnitude * (rng.uniform() < 0.3 ? 0 : 1)
            let relSpan = pow(10, -rng.uniform() * 9)
            let span = magnitude * relSpan * 2
            let lo = centre - span / 2, hi = centre + span / 2
            guard hi > lo else { continue }
            let t = Ticks.linear(lo, hi, target: 4 + Int(rng.uniform() * 5))
            XCTAssert((4...10).contains(t.values.count), "\(t.values.count) ticks for \(lo)...\(hi)")
            for v in t.values {
                XCTAssert(v >= lo - 1e-9 * span && v <= hi + 1e-9 * span, "tick \(v) outside \(lo)...\(hi)")
                XCTAssert(isRound(v, t), "tick \(v) is not a multiple of \(t.q)e\(t.exponent)")
            }
            XCTAssertEqual(t.values, t.values.sorted())
            XCTAssert([1, 2, 2.5, 3, 4, 5].contains(t.q))
            let labels = TickFormat.labels(t)
            XCTAssertEqual(Set(labels).count, labels.count, "labels must be distinct: \(labels)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 2900)
    }

    func testFamiliarRanges() {
        XCTAssertEqual(Ticks.linear(0, 1, target: 6).values, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(TickFormat.labels(Ticks.linear(0, 1, target: 6)), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(Ticks.linear(0, 1, target: 5).values, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(Ticks.linear(-0.05, 1.05, target: 6).values, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(Ticks.linear(1, 22.9, target: 6).values, [5, 10, 15, 20])
        // 0.1 + 0.2 must print as 0.3.
        let t = Ticks.linear(0, 0.35, target: 6)
        XCTAssertTrue(TickFormat.labels(t).contains("0.3"), "\(TickFormat.labels(t))")
        XCTAssertFalse(TickFormat.labels(t).joined().contains("0000"))
    }

    func testLabelFormats() {
        XCTAssertEqual(TickFormat.labels(Ticks.linear(-2, 2)).first, "−2")
        XCTAssertEqual(TickFormat.labels(Ticks.linear(0, 3e-6, target: 4)).last, "3×10⁻⁶")
        XCTAssertEqual(TickFormat.labels(Ticks.linear(0, 2e6, target: 5))[1], "5×10⁵")
        XCTAssertEqual(TickFormat.decade(-3), "10⁻³")
        XCTAssertEqual(TickFormat.compact([0.001, 0.5, 12.5, 1234.6, 2e7]), ["0.001", "0.5", "12.5", "1235", "2×10⁷"])
        XCTAssertEqual(TickFormat.fixed(-0.0001, decimals: 2), "0.00")
    }

    func testLogTicks() {
        var rng = SplitMix(state: 11)
        for _ in 0..<1000 {
            let a = rng.uniform() * 30 - 15, b = a + 0.05 + rng.uniform() * 24
            let lo = pow(10, a), hi = pow(10, b)
            let t = Ticks.log(lo, hi)
            XCTAssert((2...10).contains(t.major.count), "\(t.major.count) log ticks for 1e\(a)...1e\(b)")
            XCTAssertEqual(t.major.count, t.labels.count)
            for v in t.major {
                XCTAssert(v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9), "\(v) outside \(lo)...\(hi)")
                XCTAssert(v > 0)
            }
            XCTAssertEqual(t.major, t.major.sorted())
        }
        let decades = Ticks.log(1e-4, 1)
        XCTAssertEqual(decades.labels, ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"])
        XCTAssertEqual(decades.minor.count, 4 * 8)
        XCTAssertEqual(Ticks.log(1e-12, 1e12).labels.count, 7)
        XCTAssertEqual(Ticks.log(3, 70).labels, ["5", "10", "20", "50"])
    }

    func testSymlogTicks() {
        let t = Ticks.symlog(-150, 150, threshold: 0.01, target: 5)
        XCTAssertTrue(t.major.contains(0))
        XCTAssertEqual(t.major, t.major.sorted())
        XCTAssertTrue(t.major.allSatisfy { $0 >= -150 && $0 <= 150 })
        XCTAssertEqual(t.major.filter { $0 > 0 }.count, t.major.filter { $0 < 0 }.count)
        // Narrow range: falls back to linear ticks.
        XCTAssertGreaterThanOrEqual(Ticks.symlog(0.2, 0.8, threshold: 1, target: 5).major.count, 4)
    }

    func testScaleRoundTripsAndLimits() {
        for kind in [ScaleKind.linear, .log, .symlog(threshold: 0.5)] {
            for v in [0.001, 0.3, 2.0, 700.0] {
                XCTAssertEqual(kind.inverse(kind.forward(v)), v, accuracy: v * 1e-12)
            }
        }
        XCTAssertEqual(ScaleKind.symlog(threshold: 1).forward(-10), -2, accuracy: 1e-12)
        XCTAssertTrue(ScaleKind.log.forward(0).isNaN)
        // Constant data widens around the value; bars keep their zero baseline.
        let (a, b) = ScaleKind.linear.autoLimits(5, 5)
        XCTAssertTrue(a < 5 && b > 5)
        XCTAssertEqual(ScaleKind.linear.autoLimits(0, 10, sticky: [0]).0, 0)
        let (l0, l1) = ScaleKind.log.autoLimits(1e-12, 1e-12)
        XCTAssertTrue(l0 > 0 && l0 < 1e-12 && l1 > 1e-12)
    }
}
