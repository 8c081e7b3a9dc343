import XCTest
import Engine

/// Fixed points z* = g(z*, θ) and their implicit gradients, against differentiating through
/// many unrolled iterations and against central differences of the solved fixed point.
final class FixedPointTests: XCTestCase {
    let n = 6
    var W = Tensor.zeros([6, 6]), x = Tensor.zeros(6), c = Tensor.zeros(6)

    override func setUp() {
        var rng = RNG(seed: 71)
        W = 0.6 * rng.orthogonal(n)              // ‖W‖ = 0.6: g is a contraction
        x = rng.normal([n])
        c = rng.normal([n])
    }

    /// A deep-equilibrium cell with θ as an input injection, and one with θ as the weights.
    func cellInput(_ z: Var, _ theta: Var) -> Var { tanh(W.matmul(z) + theta) }
    func cellWeights(_ z: Var, _ weights: Var) -> Var { tanh(weights.matmul(z) + x) }
    func loss(_ z: Var) -> Var { (z * c).sum() + 0.5 * z.squaredNorm() }

    func testAndersonAndIterationReachTheSameFixedPoint() throws {
        let g = { (z: Tensor) in withoutRecording { self.cellInput(Var(z), Var(self.x)).value } }
        let plain = try solveFixedPoint(g, from: Tensor.zeros(n), method: .iteration, tolerance: 1e-12)
        let anderson = try solveFixedPoint(g, from: Tensor.zeros(n), method: .anderson, tolerance: 1e-12)
        XCTAssertLessThanOrEqual(plain.residual, 1e-12)
        XCTAssertTrue(plain.point.isApproximatelyEqual(to: anderson.point, tolerance: 1e-11))
        XCTAssertTrue((g(anderson.point) - anderson.point).norm() < 1e-11)
        XCTAssertLessThan(anderson.iterations, plain.iterations)
    }

    func testDivergenceThrows() {
        XCTAssertThrowsError(try solveFixedPoint({ 2 * $0 + 1 }, from: Tensor.zeros(3), method: .iteration, maxIterations: 50)) { error in
            guard case FixedPointError.notConverged(let iterations, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(iterations, 50)
        }
        XCTAssertThrowsError(try solveFixedPoint({ $0 * $0 + 10 }, from: Tensor([1]), method: .iteration, maxIterations: 100))
    }

    func testImplicitGradientMatchesUnrolledIterationsAndFiniteDifferences() throws {
        for (name, cell, theta0) in [("input", cellInput, x), ("weights", cellWeights, W)] {
            let implicitLoss = { (theta: Var) -> Var in
                guard let z = try? fixedPoint(cell, from: Tensor.zeros(self.n), parameters: theta, tolerance: 1e-14) else { return Var(.nan) }
                return self.loss(z)
            }
            let unrolledLoss = { (theta: Var) -> Var in
                var z = Var(Tensor.zeros(self.n))
                for _ in 0..<120 { z = cell(z, theta) }             // 0.6¹²⁰ ≈ 10⁻²⁷
                return self.loss(z)
            }
            let implicit = grad(implicitLoss, at: theta0)
            let unrolled = grad(unrolledLoss, at: theta0)
            XCTAssertLessThan((implicit - unrolled).abs().max(), 1e-8, name)
            XCTAssertLessThan(checkGradient(implicitLoss, at: theta0).relativeError, 1e-7, name)

            let cg = { (theta: Var) -> Var in
                guard let z = try? fixedPoint(cell, from: Tensor.zeros(self.n), parameters: theta, tolerance: 1e-14,
                                              backward: .conjugateGradient) else { return Var(.nan) }
                return self.loss(z)
            }
            XCTAssertLessThan((grad(cg, at: theta0) - unrolled).abs().max(), 1e-8, name)
        }
    }
}

private extension Tensor {
    func abs() -> Tensor { Engine.abs(self) }
}
