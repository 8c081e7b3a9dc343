import XCTest
import Engine

final class SecondOrderAlgebraTests: XCTestCase {
    func testPositiveDefiniteSolveMatchesLUAndRefusesIndefiniteMatrices() throws {
        var rng = RNG(seed: 11)
        let M = rng.normal([6, 6])
        let A = M.matmul(M, transposeSelf: true) + Tensor.eye(6)
        let b = rng.normal([6]), B = rng.normal([6, 3])
        XCTAssertTrue(try A.solvePositiveDefinite(b).isApproximatelyEqual(to: try A.solve(b), tolerance: 1e-11))
        XCTAssertTrue(try A.solvePositiveDefinite(B).isApproximatelyEqual(to: try A.solve(B), tolerance: 1e-11))
        let indefinite = Tensor(rows: [[1, 2], [2, 1]])
        XCTAssertThrowsError(try indefinite.solvePositiveDefinite(Tensor([1, 1]))) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(minorOrder: 2))
        }
    }

    func testKroneckerProductMatchesItsDefinitionAndTheVecIdentity() throws {
        var rng = RNG(seed: 12)
        let A = rng.normal([3, 2]), B = rng.normal([4, 5])
        let K = A.kronecker(B)
        XCTAssertEqual(K.shape, [12, 10])
        for i in 0..<3 { for j in 0..<2 { for k in 0..<4 { for l in 0..<5 {
            XCTAssertEqual(K[i * 4 + k, j * 5 + l], A[i, j] * B[k, l], accuracy: 1e-15)
        } } } }
        // (A ⊗ B) vec(X) = vec(A X Bᵀ) with row-major vec.
        let X = rng.normal([2, 5])
        XCTAssertTrue(K.matmul(X.flattened).isApproximatelyEqual(to: A.matmul(X).matmul(B, transposeOther: true).flattened,
                                                                 tolerance: 1e-12))
    }

    func testLevenbergMarquardtSolvesLeastSquaresAndAdaptsItsDamping() throws {
        var rng = RNG(seed: 13)
        let X = rng.normal([30, 3]), y = rng.normal([30, 1])
        let outputs = { (t: Var) in X.matmul(t.reshaped([3, 1])) }
        let loss = { (z: Var) in mse(z, y) }
        // On a linear model the Gauss–Newton model is exact, so ρ = 1 and λ shrinks every step.
        var lm = LevenbergMarquardt(damping: 1e-3)
        var theta = Tensor.zeros(3)
        for _ in 0..<3 {
            let report = try lm.step(&theta, outputs: outputs, loss: loss)
            XCTAssertTrue(report.accepted)
            XCTAssertEqual(report.reductionRatio, 1, accuracy: 1e-3)
        }
        XCTAssertEqual(lm.damping, 1e-3 * pow(2.0 / 3, 3), accuracy: 1e-15)
        XCTAssertTrue(theta.asColumn.isApproximatelyEqual(to: try X.leastSquares(y), tolerance: 1e-8))

        // On a tanh network, accepted losses never rise and rejected steps raise λ.
        var net = RNG(seed: 14)
        let model = MLP(widths: [1, 8, 1], activation: .tanh, rng: &net)
        let inputs = net.normal([40, 1]), targets = sin(3 * inputs)
        var w = model.flatParameters
        var nonlinear = LevenbergMarquardt(damping: 1e-4)
        var last = Double.infinity
        for _ in 0..<30 {
            let report = try nonlinear.step(&w, outputs: { model.apply($0, inputs) }, loss: { mse($0, targets) })
            XCTAssertLessThanOrEqual(report.loss, last)
            if report.reductionRatio < 0.25 { XCTAssertEqual(nonlinear.damping, report.damping * 1.5, accuracy: 1e-15) }
            last = report.loss
        }
    }
}

final class ConjugateGradientIteratesTests: XCTestCase {
    func testIteratesEndAtTheSolutionAfterAsManyStepsAsDistinctEigenvalues() throws {
        var rng = RNG(seed: 15)
        let Q = rng.orthogonal(12)
        let values = Tensor([1, 1, 1, 1, 3, 3, 3, 3, 7, 7, 7, 7])
        let A = Q.matmul(Tensor.diag(values)).matmul(Q.T)
        let b = rng.normal([12])
        let iterates = conjugateGradientIterates({ A.matmul($0) }, b, iterations: 10, tolerance: 1e-12)
        XCTAssertEqual(iterates.count, 4)  // x₀ and three steps: three distinct eigenvalues
        XCTAssertTrue(iterates[3].isApproximatelyEqual(to: try A.solve(b), tolerance: 1e-10))
        XCTAssertEqual(iterates[0], Tensor.zeros(12))
    }
}

final class GaussNewtonOperatorTests: XCTestCase {
    func testRecordedOperatorMatchesTheGaussNewtonMatrix() {
        var rng = RNG(seed: 16)
        let model = MLP(widths: [3, 5, 4], activation: .tanh, rng: &rng)
        let X = rng.normal([7, 3]), labels = [0, 1, 2, 3, 0, 1, 2]
        let outputs = { (theta: Var) in model.apply(theta, X) }
        let loss = { (z: Var) in crossEntropy(z, labels: labels) }
        let theta = model.flatParameters
        let G = gaussNewtonMatrix(outputs: outputs, loss: loss, at: theta)
        let op = GaussNewtonOperator(outputs: outputs, loss: loss, at: theta)
        for _ in 0..<3 {  // the recorded graphs are reused for every product
            let v = rng.normal([theta.count])
            XCTAssertTrue(op(v).isApproximatelyEqual(to: G.matmul(v), tolerance: 1e-12))
            XCTAssertTrue(op(v).isApproximatelyEqual(to: gaussNewtonVectorProduct(outputs: outputs, loss: loss, at: theta, v),
                                                     tolerance: 1e-12))
        }
    }
}
