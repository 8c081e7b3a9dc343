import XCTest
import Engine

/// Tests for the closed-form problems in `Sources/Engine/Problems/` used by the Metrics
/// chapter: every derivative is compared with central finite differences, every curvature
/// matrix with a second, independent construction.
final class CompositeRosenbrockTests: XCTestCase {
    let problem = CompositeRosenbrock(a: 1, b: 100)

    func testGradientMatchesFiniteDifferences() {
        let h = 1e-6
        for x in [SIMD2(-1.2, 1.0), SIMD2(0.3, -0.7), SIMD2(2.0, 3.5)] {
            let g = problem.gradient(x)
            let fd = SIMD2((problem.loss(x + SIMD2(h, 0)) - problem.loss(x - SIMD2(h, 0))) / (2 * h),
                           (problem.loss(x + SIMD2(0, h)) - problem.loss(x - SIMD2(0, h))) / (2 * h))
            XCTAssertEqual(g.x, fd.x, accuracy: 1e-5 * max(1, abs(g.x)))
            XCTAssertEqual(g.y, fd.y, accuracy: 1e-5 * max(1, abs(g.y)))
        }
    }

    func testHessianMatchesFiniteDifferencesOfGradient() {
        let h = 1e-6, x = SIMD2(-0.8, 1.7)
        let H = problem.hessian(x)
        for j in 0..<2 {
            var e = SIMD2(0.0, 0.0); e[j] = h
            let column = (problem.gradient(x + e) - problem.gradient(x - e)) / (2 * h)
            for i in 0..<2 { XCTAssertEqual(H[i, j], column[i], accuracy: 1e-5 * max(1, abs(H[i, j]))) }
        }
    }

    func testGaussNewtonMatrixEqualsHessianAtMinimizer() {
        let x = problem.minimizer
        XCTAssertTrue(problem.hessian(x).isApproximatelyEqual(to: problem.gaussNewtonMatrix(x), tolerance: 1e-12))
        XCTAssertEqual(problem.loss(x), 0)
    }

    func testGaussNewtonReachesMinimizerInTwoSteps() {
        var rng = RNG(seed: 3)
        for _ in 0..<10 {
            var x = SIMD2(rng.uniform(in: -2..<2), rng.uniform(in: -1..<3))
            x += problem.gaussNewtonStep(x)
            XCTAssertEqual(x.x, problem.a, accuracy: 1e-14)
            x += problem.gaussNewtonStep(x)
            XCTAssertEqual(x.x, 1, accuracy: 1e-12)
            XCTAssertEqual(x.y, 1, accuracy: 1e-12)
        }
    }

    func testGaussNewtonStepSolvesNormalEquations() throws {
        let x = SIMD2(0.4, -1.1)
        let step = problem.gaussNewtonStep(x)
        let g = problem.gradient(x)
        let solved = try problem.gaussNewtonMatrix(x).solve(Tensor([-g.x, -g.y]))
        XCTAssertEqual(step.x, solved[0], accuracy: 1e-10)
        XCTAssertEqual(step.y, solved[1], accuracy: 1e-10)
    }

    func testGradientDescentPathAndIterationCount() {
        let path = problem.gradientDescentPath(from: SIMD2(0, 0), stepSize: 1e-3, steps: 5)
        XCTAssertEqual(path.count, 6)
        XCTAssertLessThan(problem.loss(path[5]), problem.loss(path[0]))
        // A small step converges eventually; a step far beyond 2/λ_max diverges (nil).
        XCTAssertNotNil(problem.gradientDescentIterations(from: SIMD2(0, 0), stepSize: 1e-3,
                                                          tolerance: 1e-4, maxIterations: 200_000))
        XCTAssertNil(problem.gradientDescentIterations(from: SIMD2(0, 0), stepSize: 0.1,
                                                       tolerance: 1e-4, maxIterations: 1_000))
    }
}

final class SoftmaxRegressionTests: XCTestCase {
    func makeProblem() -> (SoftmaxRegression, Tensor, [Int]) {
        var rng = RNG(seed: 11)
        let X = rng.normal(rows: 30, cols: 4)
        let labels = (0..<30).map { _ in rng.int(below: 3) }
        let W = rng.normal(rows: 4, cols: 3, std: 0.7)
        return (SoftmaxRegression(X: X, classes: 3), W, labels)
    }

    func testProbabilitiesSumToOneAndGradientMatchesFiniteDifferences() {
        let (model, W, labels) = makeProblem()
        let P = model.probabilities(W)
        for i in 0..<model.count { XCTAssertEqual(P[i, ...].sum(), 1, accuracy: 1e-14) }
        let g = model.gradient(W, labels: labels)
        let h = 1e-6
        for j in 0..<4 {
            for c in 0..<3 {
                var Wp = W, Wm = W
                Wp[j, c] += h; Wm[j, c] -= h
                let fd = (model.loss(Wp, labels: labels) - model.loss(Wm, labels: labels)) / (2 * h)
                XCTAssertEqual(g[j, c], fd, accuracy: 1e-8)
            }
        }
    }

    /// For a linear model the Hessian of the cross-entropy equals the Fisher (= GGN).
    func testFisherEqualsFiniteDifferenceHessian() {
        let (model, W, labels) = makeProblem()
        let F = model.fisher(W)
        let h = 1e-5, p = model.parameterCount
        for a in 0..<p {
            var Wp = W.flattened, Wm = W.flattened
            Wp[a] += h; Wm[a] -= h
            let column = (model.gradient(Wp.reshaped([4, 3]), labels: labels)
                          - model.gradient(Wm.reshaped([4, 3]), labels: labels)).flattened / (2 * h)
            for b in 0..<p { XCTAssertEqual(F[b, a], column[b], accuracy: 1e-8) }
        }
    }

    /// The Fisher is the expected outer product of score vectors under the model's labels.
    func testFisherEqualsExpectedScoreOuterProduct() {
        let (model, W, _) = makeProblem()
        let P = model.probabilities(W)
        var expected = Tensor.zeros([12, 12])
        for y in 0..<3 {
            let G = model.perExampleGradients(W, labels: Array(repeating: y, count: model.count))
            let weighted = G * P[..., y].asColumn
            expected += weighted.matmul(G, transposeSelf: true) / Double(model.count)
        }
        XCTAssertTrue(model.fisher(W).isApproximatelyEqual(to: expected, tolerance: 1e-13))
    }

    func testQuadraticFormAndKLDivergence() {
        let (model, W, _) = makeProblem()
        var rng = RNG(seed: 5)
        let V = rng.normal(rows: 4, cols: 3)
        let F = model.fisher(W)
        let v = V.flattened
        XCTAssertEqual(model.fisherQuadraticForm(W, V), v.dot(F.matmul(v)), accuracy: 1e-12)
        XCTAssertEqual(model.klDivergence(W, W), 0, accuracy: 1e-15)
        let eps = 1e-4
        let kl = model.klDivergence(W, W + eps * V)
        let quadratic = 0.5 * eps * eps * model.fisherQuadraticForm(W, V)
        XCTAssertEqual(kl / quadratic, 1, accuracy: 1e-3)
    }

    func testEmpiricalFisherIsMeanOfGradientOuterProducts() {
        let (model, W, labels) = makeProblem()
        let G = model.perExampleGradients(W, labels: labels)
        var expected = Tensor.zeros([12, 12])
        for i in 0..<model.count { expected += G[i, ...].outer(G[i, ...]) / Double(model.count) }
        XCTAssertTrue(model.empiricalFisher(W, labels: labels).isApproximatelyEqual(to: expected, tolerance: 1e-13))
        // The mean per-example gradient is the full gradient.
        XCTAssertTrue(G.mean(axis: 0).isApproximatelyEqual(to: model.gradient(W, labels: labels).flattened, tolerance: 1e-14))
    }
}

final class LogisticRegressionTests: XCTestCase {
    func testGradientFisherAndEmpiricalFisher() {
        var rng = RNG(seed: 21)
        let X = rng.normal(rows: 25, cols: 3)
        let y = Tensor((0..<25).map { _ in rng.uniform() < 0.5 ? 0.0 : 1.0 })
        let w = rng.normal(3)
        let model = LogisticRegression(X: X)
        let h = 1e-6
        let g = model.gradient(w, targets: y)
        let F = model.fisher(w)
        for j in 0..<3 {
            var wp = w, wm = w
            wp[j] += h; wm[j] -= h
            XCTAssertEqual(g[j], (model.loss(wp, targets: y) - model.loss(wm, targets: y)) / (2 * h), accuracy: 1e-8)
            let column = (model.gradient(wp, targets: y) - model.gradient(wm, targets: y)) / (2 * h)
            for i in 0..<3 { XCTAssertEqual(F[i, j], column[i], accuracy: 1e-8) }
        }
        let r = model.probabilities(w) - y
        var expected = Tensor.zeros([3, 3])
        for i in 0..<25 { expected += (r[i] * r[i] / 25) * X[i, ...].outer(X[i, ...]) }
        XCTAssertTrue(model.empiricalFisher(w, targets: y).isApproximatelyEqual(to: expected, tolerance: 1e-14))
        // Large logits stay finite.
        XCTAssertTrue(model.loss(w * 1e3, targets: y).isFinite)
    }
}
