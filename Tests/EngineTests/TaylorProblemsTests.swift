import Foundation
import XCTest
import Engine

/// The Taylor-remainder and power-law helpers of `Sources/Engine/Problems`.
final class TaylorProblemsTests: XCTestCase {
    func testPowerLawFitRecoversExactPowerLaw() {
        let x = logSpaced(from: -3, to: 1, count: 9)
        let fit = PowerLawFit(x: x, y: x.map { 0.7 * pow($0, -1.5) })
        XCTAssertEqual(fit.exponent, -1.5, accuracy: 1e-12, "\(fit)")
        XCTAssertEqual(fit.coefficient, 0.7, accuracy: 1e-12, "\(fit)")
        XCTAssertEqual(fit.rSquared, 1, accuracy: 1e-12)
        XCTAssertEqual(fit(10), 0.7 * pow(10, -1.5), accuracy: 1e-12)
    }

    func testPowerLawFitSkipsNonPositivePoints() {
        let fit = PowerLawFit(x: [0, 1, 2, 4, -1], y: [5, 3, 12, 48, 2])
        XCTAssertEqual(fit.count, 3)
        XCTAssertEqual(fit.exponent, 2, accuracy: 1e-12, "\(fit)")
        XCTAssertEqual(fit.coefficient, 3, accuracy: 1e-12, "\(fit)")
    }

    func testLogSpacedEndpoints() {
        let points = logSpaced(from: -4, to: -1, count: 4)
        for (p, expected) in zip(points, [1e-4, 1e-3, 1e-2, 1e-1]) {
            XCTAssertEqual(p, expected, accuracy: 1e-15 * max(1, expected) + 1e-18)
        }
    }

    /// For the cubic f(x) = Σ cᵢ xᵢ³ the remainders are known in closed form:
    /// first(ε) = |3ε² Σ cᵢ xᵢ vᵢ² + ε³ Σ cᵢ vᵢ³|, second(ε) = |ε³ Σ cᵢ vᵢ³|.
    func testTaylorRemaindersOfCubicMatchClosedForm() {
        let c = Tensor([1.0, -2.0, 0.5]), x = Tensor([0.3, -0.7, 1.1]), v = Tensor([0.6, 0.2, -0.8])
        let f = { (w: Var) in (Var(c) * w * w * w).sum() }
        let steps = [1e-3, 1e-2, 1e-1, 1]
        let taylor = TaylorRemainders(f, at: x, direction: v, steps: steps)
        let quadratic = 3 * (c * x * v * v).sum(), cubic = (c * v * v * v).sum()
        XCTAssertEqual(taylor.value, (c * x * x * x).sum(), accuracy: 1e-14)
        XCTAssertEqual(taylor.slope, (3 * c * x * x * v).sum(), accuracy: 1e-14)
        XCTAssertEqual(taylor.curvature, 2 * quadratic, accuracy: 1e-13)
        for (i, eps) in steps.enumerated() {
            let first = abs(quadratic * eps * eps + cubic * eps * eps * eps)
            let second = abs(cubic * eps * eps * eps)
            XCTAssertEqual(taylor.first[i], first, accuracy: 1e-14 + 1e-12 * first, "ε = \(eps)")
            XCTAssertEqual(taylor.second[i], second, accuracy: 1e-14 + 1e-12 * second, "ε = \(eps)")
        }
        XCTAssertEqual(PowerLawFit(x: steps, y: taylor.second).exponent, 3, accuracy: 1e-6)
    }
}
