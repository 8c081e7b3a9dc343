import XCTest
import Foundation
import Engine

/// prod, cumsum, keep-dims reductions, variance(correction:), tensor-level softplus, erf,
/// gelu, logsumexp and softmax, and leastSquaresFit, each against an independent
/// computation (loops over the elements, closed forms, the SVD).
final class TensorOpsExtensionTests: XCTestCase {
    func testProdCumsumAndKeepingDims() {
        let A = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(A.prod(), 720)
        XCTAssertEqual(A.prod(axis: 0).scalars, [4, 10, 18])
        XCTAssertEqual(A.prod(axis: 1, keepingDims: true).shape, [2, 1])
        XCTAssertEqual(A.prod(axis: 1).scalars, [6, 120])
        XCTAssertEqual(A.cumsum(axis: 1).scalars, [1, 3, 6, 4, 9, 15])
        XCTAssertEqual(A.cumsum(axis: 0).scalars, [1, 2, 3, 5, 7, 9])
        XCTAssertEqual(A.cumsum().scalars, [1, 3, 6, 10, 15, 21])
        for axis in 0..<2 {
            var kept = A.shape
            kept[axis] = 1
            XCTAssertEqual(A.sum(axis: axis, keepingDims: true), A.sum(axis: axis).reshaped(kept))
            XCTAssertEqual(A.mean(axis: axis, keepingDims: true), A.mean(axis: axis).reshaped(kept))
            XCTAssertEqual(A.max(axis: axis, keepingDims: true), A.max(axis: axis).reshaped(kept))
            XCTAssertEqual(A.min(axis: axis, keepingDims: true), A.min(axis: axis).reshaped(kept))
            XCTAssertEqual(A.norm(axis: axis, keepingDims: true), A.norm(axis: axis).reshaped(kept))
            XCTAssertEqual(A.variance(axis: axis, keepingDims: true), A.variance(axis: axis).reshaped(kept))
        }
        let centred = A - A.mean(axis: 1, keepingDims: true)
        XCTAssertEqual(centred.scalars, [-1, 0, 1, -1, 0, 1])
        // A rank-3 tensor along the middle axis.
        let B = Tensor(shape: [2, 2, 2], scalars: [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(B.cumsum(axis: 1).scalars, [1, 2, 4, 6, 5, 6, 12, 14])
        XCTAssertEqual(B.prod(axis: 1).scalars, [3, 8, 35, 48])
    }

    func testCumsumGradient() {
        var rng = RNG(seed: 2)
        let x = rng.normal([3, 4]), w = rng.normal([3, 4])
        for axis in 0..<2 {
            let f = { (v: Var) in (sin(v.cumsum(axis: axis)) * w).sum() }
            XCTAssertLessThan(checkGradient(f, at: x).relativeError, 1e-8)
        }
    }

    func testVarianceWithCorrection() {
        let x = Tensor([2, 4, 4, 4, 5, 5, 7, 9])
        XCTAssertEqual(x.variance(), 4, accuracy: 1e-14)
        XCTAssertEqual(x.variance(correction: 1), 32.0 / 7, accuracy: 1e-14)
        let A = Tensor(rows: [[1, 2], [3, 6], [5, 7]])
        XCTAssertEqual(A.variance(axis: 0, correction: 1).scalars[0], 4, accuracy: 1e-14)
        XCTAssertEqual(A.variance(axis: 0, correction: 1).scalars[1], 7, accuracy: 1e-14)
        XCTAssertEqual(A.variance(axis: 1).scalars[2], 1, accuracy: 1e-14)
    }

    func testTensorLevelActivationsMatchTheirDefinitions() {
        let x = Tensor([-40, -3, -0.5, 0, 0.25, 2, 40])
        for i in 0..<x.count {
            let v = x[i]
            XCTAssertEqual(softplus(x)[i], v > 30 ? v : Foundation.log(1 + Foundation.exp(v)), accuracy: 1e-14 * Swift.max(1, v))
            XCTAssertEqual(erf(x)[i], Foundation.erf(v))
            XCTAssertEqual(gelu(x)[i], v * 0.5 * Foundation.erfc(-v / 2.0.squareRoot()), accuracy: 1e-14 * Swift.max(1, Swift.abs(v)))
        }
        XCTAssertEqual(softplus(Var(x)).value, softplus(x))
        XCTAssertEqual(gelu(Var(x)).value.scalars[6], 40, accuracy: 1e-12)
        var rng = RNG(seed: 6)
        let z = rng.normal([3, 5])
        let s = z.softmax(axis: 1)
        for i in 0..<3 {
            let row = (0..<5).map { Foundation.exp(z[i, $0]) }
            let total = row.reduce(0, +)
            for j in 0..<5 { XCTAssertEqual(s[i, j], row[j] / total, accuracy: 1e-15) }
            XCTAssertEqual(z.logsumexp(axis: 1)[i], Foundation.log(total), accuracy: 1e-14)
        }
        XCTAssertTrue(z.softmax(axis: 0).isApproximatelyEqual(to: z.T.softmax(axis: 1).T, tolerance: 1e-15))
        XCTAssertTrue(Var(z).softmax(axis: 1).value.isApproximatelyEqual(to: s, tolerance: 0))
    }

    func testLeastSquaresFitMatchesNumpyConventions() throws {
        var rng = RNG(seed: 12)
        let A = rng.normal([8, 3]), b = rng.normal([8]), B = rng.normal([8, 2])
        let fit = try A.leastSquaresFit(b)
        let normal = try A.matmul(A, transposeSelf: true).solve(A.matmul(b, transposeSelf: true))
        XCTAssertTrue(fit.solution.isApproximatelyEqual(to: normal, tolerance: 1e-12))
        let residual = A.matmul(fit.solution) - b
        XCTAssertEqual(fit.residualSumOfSquares?.shape, [])
        XCTAssertEqual(fit.residualSumOfSquares?.scalar ?? .nan, residual.dot(residual), accuracy: 1e-12)
        XCTAssertEqual(fit.rank, 3)
        XCTAssertTrue(fit.singularValues.isApproximatelyEqual(to: try A.singularValues(), tolerance: 1e-12))

        let many = try A.leastSquaresFit(B)
        XCTAssertEqual(many.solution.shape, [3, 2])
        let residuals = A.matmul(many.solution) - B
        XCTAssertTrue(try XCTUnwrap(many.residualSumOfSquares).isApproximatelyEqual(to: (residuals * residuals).sum(axis: 0), tolerance: 1e-12))

        // Rank deficient: a repeated column. No residuals (as NumPy), the minimum-norm solution.
        let deficient = Tensor.concatenate([A, A[..., 0].asColumn], axis: 1)
        let d = try deficient.leastSquaresFit(b)
        XCTAssertEqual(d.rank, 3)
        XCTAssertNil(d.residualSumOfSquares)
        XCTAssertTrue(d.solution.isApproximatelyEqual(to: try deficient.pseudoInverse().matmul(b), tolerance: 1e-10))
        XCTAssertEqual(try deficient.leastSquares(b), d.solution)
        // Wide: m ≤ n gives no residuals either.
        XCTAssertNil(try A.T.leastSquaresFit(rng.normal([3])).residualSumOfSquares)
    }
}
