import XCTest
import Engine

/// Curvature tools against dense linear algebra on small problems.
final class CurvatureTests: XCTestCase {
    private func spd(_ n: Int, seed: UInt64) -> Tensor {
        var rng = RNG(seed: seed)
        let B = rng.normal([n, n])
        return B.matmul(B, transposeSelf: true) + Tensor.eye(n)
    }

    func testConjugateGradientSolvesSPDSystem() throws {
        let A = spd(12, seed: 1)
        var rng = RNG(seed: 2)
        let b = rng.normal([12])
        let x = try conjugateGradient({ A.matmul($0) }, b, tolerance: 1e-12, maxIterations: 100)
        XCTAssertTrue(x.isApproximatelyEqual(to: try A.solve(b), tolerance: 1e-9))
    }

    func testConjugateGradientThrowsTypedErrors() {
        let A = spd(30, seed: 3)
        let b = Tensor.ones(30)
        XCTAssertThrowsError(try conjugateGradient({ A.matmul($0) }, b, tolerance: 1e-14, maxIterations: 2)) { error in
            guard case CurvatureError.notConverged(_, 2, _) = error else { return XCTFail("\(error)") }
        }
        let indefinite = Tensor.diag(Tensor([1, -1, 2]))
        XCTAssertThrowsError(try conjugateGradient({ indefinite.matmul($0) }, Tensor([1, 1, 1]))) { error in
            guard case CurvatureError.notPositiveDefinite = error else { return XCTFail("\(error)") }
        }
    }

    func testPowerIterationAndLanczosFindTheSpectrum() throws {
        let A = spd(20, seed: 4)
        let exact = try A.symmetricEigenvalues()
        let top = try powerIteration({ A.matmul($0) }, dimension: 20, iterations: 2000, tolerance: 1e-12)
        XCTAssertEqual(top.value, exact[19], accuracy: 1e-8 * exact[19])
        XCTAssertTrue(A.matmul(top.vector).isApproximatelyEqual(to: top.value * top.vector, tolerance: 1e-4))
        let full = try lanczos({ A.matmul($0) }, dimension: 20, steps: 20)
        XCTAssertTrue(full.ritzValues.isApproximatelyEqual(to: exact, tolerance: 1e-8 * exact[19]))
        XCTAssertEqual(full.weights.sum(), 1, accuracy: 1e-12)
        let partial = try lanczos({ A.matmul($0) }, dimension: 20, steps: 8)
        XCTAssertEqual(partial.ritzValues.count, 8)
        XCTAssertEqual(partial.ritzValues[7], exact[19], accuracy: 1e-3 * exact[19])
    }

    func testSharpnessIsTopHessianEigenvalue() throws {
        var rng = RNG(seed: 5)
        let model = MLP(widths: [2, 5, 1], activation: .tanh, rng: &rng)
        let X = rng.normal([10, 2]), y = rng.normal([10, 1])
        let f = { (theta: Var) in mse(model.apply(theta, X), y) }
        let theta = model.flatParameters
        let eigenvalues = try hessian(f, at: theta).symmetricEigenvalues()
        let dominant = Swift.max(eigenvalues.max(), -eigenvalues.min())
        XCTAssertEqual(try sharpness(f, at: theta, iterations: 3000, tolerance: 1e-12), dominant, accuracy: 1e-6 * dominant)
    }

    func testGaussNewtonIsPSDAndMatchesItsProducts() throws {
        var rng = RNG(seed: 6)
        let model = MLP(widths: [3, 4, 3], activation: .tanh, rng: &rng)
        let X = rng.normal([5, 3])
        let labels = [0, 2, 1, 1, 0]
        let outputs = { (theta: Var) in model.apply(theta, X) }
        let loss = { (z: Var) in crossEntropy(z, labels: labels) }
        let theta = model.flatParameters
        let G = gaussNewtonMatrix(outputs: outputs, loss: loss, at: theta)
        XCTAssertTrue(G.isApproximatelyEqual(to: G.T, tolerance: 1e-14))
        XCTAssertGreaterThan(try G.symmetricEigenvalues().min(), -1e-12, "Gauss–Newton must be PSD")
        // The Hessian of the same loss is indefinite here, which is the point of G.
        XCTAssertLessThan(try hessian({ loss(outputs($0)) }, at: theta).symmetricEigenvalues().min(), -1e-6)
        let v = rng.normal([theta.count])
        XCTAssertTrue(gaussNewtonVectorProduct(outputs: outputs, loss: loss, at: theta, v)
            .isApproximatelyEqual(to: G.matmul(v), tolerance: 1e-12))
        // Softmax cross-entropy: the Fisher equals the Gauss–Newton matrix, Jᵀ(diag p − ppᵀ)J / N.
        let F = fisherMatrix(outputs: outputs, likelihood: .categorical, at: theta)
        XCTAssertTrue(F.isApproximatelyEqual(to: G, tolerance: 1e-13))
        let J = jacobian(outputs, at: theta)
        let p = withoutRecording { outputs(Var(theta)).softmax(axis: 1).value }
        var H = Tensor.zeros([15, 15])
        for i in 0..<5 {
            let pi = p[i, ...]
            H[(3 * i)..<(3 * i + 3), (3 * i)..<(3 * i + 3)] = (Tensor.diag(pi) - pi.outer(pi)) / 5
        }
        XCTAssertTrue(F.isApproximatelyEqual(to: J.matmul(H.matmul(J), transposeSelf: true), tolerance: 1e-13))
    }

    func testEmpiricalNTKMatchesJacobianProduct() {
        var rng = RNG(seed: 7)
        let model = MLP(widths: [3, 6, 2], activation: .relu, parameterization: .ntk, rng: &rng)
        let X = rng.normal([4, 3])
        let J = jacobian({ model.apply($0, X) }, at: model.flatParameters)
        XCTAssertTrue(empiricalNTK(model, X).isApproximatelyEqual(to: J.matmul(J.T), tolerance: 1e-12))
    }

    func testWarmStartedPowerIterationTakesExactlyItsSteps() throws {
        let A = Tensor.diag(Tensor([5.0, 2.0, 1.0]))
        // From the top eigenvector one step is exact; from a mixed start the error shrinks like (2/5)^k.
        let exact = powerIteration({ A.matmul($0) }, from: Tensor([1.0, 0, 0]), steps: 1)
        XCTAssertEqual(exact.value, 5, accuracy: 1e-15)
        XCTAssertEqual(exact.iterations, 1)
        let start = Tensor([1.0, 1, 1]) / 3.0.squareRoot()
        let few = powerIteration({ A.matmul($0) }, from: start, steps: 5)
        let more = powerIteration({ A.matmul($0) }, from: start, steps: 25)
        XCTAssertEqual(few.iterations, 5)
        XCTAssertGreaterThan(5 - few.value, 1e-4)
        XCTAssertLessThan(5 - more.value, 1e-8)
        XCTAssertEqual(more.vector.norm(), 1, accuracy: 1e-14)
        XCTAssertEqual(try powerIteration({ A.matmul($0) }, dimension: 3, iterations: 200, tolerance: 1e-14).value, 5, accuracy: 1e-10)
    }
}
