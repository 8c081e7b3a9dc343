import XCTest
import Engine

/// Tests for the quadratic-program solver and the problems of the implicit-regularization
/// chapter: KKT conditions and known answers for the QP and the SVM, the evidence against
/// the Gaussian marginal density, the Lyapunov and exact SGD covariances against closed
/// forms and simulation, and the order of RK4.
final class QuadraticProgramTests: XCTestCase {
    /// Asserts the KKT conditions of `min ½xᵀQx + cᵀx, x ≥ 0`: x ≥ 0, g = Qx + c ≥ 0, xᵢgᵢ = 0.
    func assertKKT(_ Q: Tensor, _ c: Tensor, _ s: NonnegativeQPSolution, tolerance: Double = 1e-8,
                   file: StaticString = #filePath, line: UInt = #line) {
        let g = Q.matmul(s.x.asColumn).flattened + c
        XCTAssertTrue(g.isApproximatelyEqual(to: s.gradient, tolerance: 1e-9), file: file, line: line)
        for i in 0..<c.count {
            XCTAssertGreaterThanOrEqual(s.x[i], 0, file: file, line: line)
            XCTAssertGreaterThanOrEqual(g[i], -tolerance, "multiplier \(i)", file: file, line: line)
            XCTAssertEqual(s.x[i] * g[i], 0, accuracy: tolerance, "complementarity \(i)", file: file, line: line)
        }
    }

    /// Projected gradient descent, an independent (slow) reference.
    func projectedGradient(_ Q: Tensor, _ c: Tensor, steps: Int) throws -> Tensor {
        let step = 1 / (try Q.symmetricEigenvalues()).max()
        var x = Tensor.zeros(c.count)
        for _ in 0..<steps { x = maximum(x - step * (Q.matmul(x.asColumn).flattened + c), 0) }
        return x
    }

    func testStrictlyConvexProblemsSatisfyKKTAndMatchProjectedGradient() throws {
        var rng = RNG(seed: 11)
        for _ in 0..<5 {
            let A = rng.normal(rows: 8, cols: 6)
            let Q = A.matmul(A, transposeSelf: true) / 8 + 0.5 * Tensor.eye(6)
            let c = rng.normal(6)
            let solution = try solveNonnegativeQP(Q, c)
            assertKKT(Q, c, solution)
            let reference = try projectedGradient(Q, c, steps: 5000)
            XCTAssertLessThan((solution.x - reference).norm(), 1e-8)
        }
    }

    func testRankDeficientSVMDualsSatisfyKKT() throws {
        var rng = RNG(seed: 5)
        for _ in 0..<5 {
            // Rows z are separable through the origin: z·(1, 1) ≥ 0.3.
            var rows: [[Double]] = []
            while rows.count < 30 {
                let z = [rng.normal(), rng.normal()]
                if z[0] + z[1] > 0.3 { rows.append(z) }
            }
            let Z = Tensor(rows: rows)
            let Q = Z.matmul(Z, transposeOther: true)
            let c = Tensor(repeating: -1, shape: [30])
            let solution = try solveNonnegativeQP(Q, c)
            assertKKT(Q, c, solution, tolerance: 1e-7)
        }
    }

    func testKnownAnswerAndUnboundedProblem() throws {
        // min ½(x₀² + x₁²) − x₀ + x₁ over x ≥ 0 has x = (1, 0).
        let solution = try solveNonnegativeQP(Tensor.eye(2), [-1, 1])
        XCTAssertTrue(solution.x.isApproximatelyEqual(to: [1, 0], tolerance: 1e-12))
        XCTAssertEqual(solution.objective, -0.5, accuracy: 1e-12)
        XCTAssertEqual(solution.support, [0])
        XCTAssertThrowsError(try solveNonnegativeQP(Tensor.zeros([2, 2]), [-1, 0])) { error in
            XCTAssertEqual(error as? QuadraticProgramError, .unbounded)
        }
    }
}

final class MaxMarginTests: XCTestCase {
    func testKnownSVMSolutions() throws {
        // Signed inputs (1,0), (0,1), (2,2): ŵ = (1,1), with α = (1,1,0).
        let svm = try HardMarginSVM(inputs: Tensor(rows: [[1, 0], [0, -1], [2, 2]]), labels: [1, -1, 1])
        XCTAssertTrue(svm.weights.isApproximatelyEqual(to: [1, 1], tolerance: 1e-10))
        XCTAssertTrue(svm.dual.isApproximatelyEqual(to: [1, 1, 0], tolerance: 1e-10))
        XCTAssertEqual(svm.margin, 1 / 2.0.squareRoot(), accuracy: 1e-12)
        // A duplicated support vector makes the Gram matrix singular; ŵ is still unique.
        let twin = try HardMarginSVM(inputs: Tensor(rows: [[2, 0], [3, 1], [-2, 0]]), labels: [1, 1, -1])
        XCTAssertTrue(twin.weights.isApproximatelyEqual(to: [0.5, 0], tolerance: 1e-10))
        XCTAssertEqual(twin.dual[0] + twin.dual[2], 0.25, accuracy: 1e-10)
    }

    func testNonSeparableDataThrow() {
        XCTAssertThrowsError(try HardMarginSVM(inputs: Tensor(rows: [[1, 0], [1, 0]]), labels: [1, -1])) { error in
            XCTAssertEqual(error as? MaxMarginError, .notSeparable)
        }
    }

    func testLogisticGradientDescentStepsMatchTheGradient() {
        let X = Tensor(rows: [[1, 2], [-0.5, 1], [2, -1]]), y: Tensor = [1, -1, 1]
        let path = logisticGradientDescent(inputs: X, labels: y, stepSize: 0.5, checkpoints: [0, 1, 2])
        XCTAssertEqual(path[0], Tensor.zeros(2))
        // From w = 0 every weight 1/(1 + e⁰) is ½: w₁ = (α/2N) Σ yᵢxᵢ.
        let z = X * y.asColumn
        XCTAssertTrue(path[1].isApproximatelyEqual(to: 0.5 / 6 * z.sum(axis: 0), tolerance: 1e-14))
        // The second step against the gradient of the loss taken by autodiff.
        let loss = { (w: Var) in softplus(-(z.matmul(w.reshaped([2, 1])))).mean() }
        let expected = path[1] - 0.5 * grad(loss, at: path[1])
        XCTAssertTrue(path[2].isApproximatelyEqual(to: expected, tolerance: 1e-12))
    }
}

final class BayesianAndStationaryTests: XCTestCase {
    func testEvidenceEqualsGaussianMarginalDensity() throws {
        var rng = RNG(seed: 3)
        let Phi = rng.normal(rows: 12, cols: 4), y = rng.normal(12)
        let alpha = 0.7, beta = 4.0
        let model = try BayesianLinearRegression(features: Phi, targets: y, priorPrecision: alpha, noisePrecision: beta)
        // y ~ 𝒩(0, β⁻¹I + α⁻¹ΦΦᵀ).
        let K = Tensor.eye(12) / beta + Phi.matmul(Phi, transposeOther: true) / alpha
        let L = try K.cholesky()
        let logDet = 2 * log(L.diagonal).sum()
        let quadratic = y.dot(try K.solve(y))
        let direct = -0.5 * quadratic - 0.5 * logDet - 6 * log(2 * Double.pi)
        XCTAssertEqual(model.logEvidence, direct, accuracy: 1e-10)
        // The posterior mean is the ridge solution with penalty α/β.
        let ridge = try (Phi.matmul(Phi, transposeSelf: true) + (alpha / beta) * Tensor.eye(4))
            .solve(Phi.matmul(y.asColumn, transposeSelf: true).flattened)
        XCTAssertTrue(model.posteriorMean.isApproximatelyEqual(to: ridge, tolerance: 1e-10))
    }

    func testMacKayFixedPointIsAStationaryPointOfTheEvidence() throws {
        var rng = RNG(seed: 8)
        let Phi = rng.normal(rows: 40, cols: 6)
        let y = Phi.matmul(rng.normal(6).asColumn).flattened + 0.3 * rng.normal(40)
        let (model, _) = try BayesianLinearRegression.maximizingEvidence(features: Phi, targets: y, noisePrecision: 1 / 0.09)
        let a = model.priorPrecision, h = 1e-4 * a
        func evidence(_ alpha: Double) throws -> Double {
            try BayesianLinearRegression(features: Phi, targets: y, priorPrecision: alpha, noisePrecision: 1 / 0.09).logEvidence
        }
        let derivative = (try evidence(a + h) - evidence(a - h)) / (2 * h)
        XCTAssertEqual(derivative * a, 0, accuracy: 1e-6)
        XCTAssertGreaterThan(model.logEvidence, try evidence(2 * a))
        XCTAssertGreaterThan(model.logEvidence, try evidence(a / 2))
    }

    func testLyapunovSolutionInOneDimensionAndItsEquation() throws {
        let one = try lyapunovStationaryCovariance(hessian: [[2]].tensor, noiseCovariance: [[3]].tensor, stepSize: 0.1)
        XCTAssertEqual(one[0, 0], 0.01 * 3 / (1 - 0.64), accuracy: 1e-14)
        var rng = RNG(seed: 2)
        let A = rng.normal(rows: 5, cols: 3), B = rng.normal(rows: 5, cols: 3)
        let H = A.matmul(A, transposeSelf: true) / 5, C = B.matmul(B, transposeSelf: true) / 5
        let alpha = 0.2
        let S = try lyapunovStationaryCovariance(hessian: H, noiseCovariance: C, stepSize: alpha)
        let M = Tensor.eye(3) - alpha * H
        let residual = M.matmul(S).matmul(M) + alpha * alpha * C - S
        XCTAssertLessThan(residual.norm(), 1e-13)
    }

    func testExactSGDCovarianceMatchesClosedFormAndSimulation() throws {
        var rng = RNG(seed: 4)
        // One dimension: σ² = α² c / (1 − mean((1 − αxᵢ²)²)), c = mean(rᵢ² xᵢ²).
        let x = rng.normal(50), t = 2 * x + 0.5 * rng.normal(50)
        let inputs = x.asColumn, alpha = 0.05
        let slope = x.dot(t) / x.dot(x), r = t - slope * x
        let c = (r * r * x * x).mean()
        let contraction = pow(1 - alpha * x * x, 2).mean()
        let exact = try exactLeastSquaresSGDCovariance(inputs: inputs, targets: t, stepSize: alpha)
        XCTAssertEqual(exact[0, 0], alpha * alpha * c / (1 - contraction), accuracy: 1e-14)
        // Two dimensions: the covariance of simulated iterates within 5% (sampling error ≈ 1.5%).
        let X = rng.normal(rows: 200, cols: 2), y = X.matmul([[1.0], [-1.0]].tensor).flattened + rng.normal(200)
        let S = try exactLeastSquaresSGDCovariance(inputs: X, targets: y, stepSize: 0.05)
        let wStar = try X.leastSquares(y)
        let samples = leastSquaresSGDIterates(inputs: X, targets: y, start: wStar, stepSize: 0.05,
                                              burnIn: 1000, steps: 400_000, thin: 10, rng: &rng)
        let centred = samples - wStar.asRow
        let empirical = centred.matmul(centred, transposeSelf: true) / Double(samples.rows)
        XCTAssertLessThan((empirical - S).norm() / S.norm(), 0.05)
    }

    func testRungeKutta4IsFourthOrder() {
        func error(_ steps: Int) -> Double {
            let path = rungeKutta4({ y in [-y[0]] }, from: [1], duration: 1, steps: steps)
            return abs(path.last![0] - exp(-1))
        }
        let ratio = error(10) / error(20)
        XCTAssertEqual(ratio, 16, accuracy: 1.5)
        XCTAssertEqual(rungeKutta4({ y in [-y[0]] }, from: [1], duration: 1, steps: 10, record: 3).count, 5)
    }
}

private extension Array where Element == [Double] {
    var tensor: Tensor { Tensor(rows: self) }
}
