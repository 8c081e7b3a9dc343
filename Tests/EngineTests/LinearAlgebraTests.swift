import XCTest
import Engine
import Foundation

final class LinearAlgebraTests: XCTestCase {
    /// A well-conditioned symmetric positive definite matrix: Gᵀ G / n + I.
    private func spd(_ n: Int, seed: UInt64 = 1) -> Tensor {
        var rng = RNG(seed: seed)
        let g = rng.normal(rows: n, cols: n)
        return g.matmul(g, transposeSelf: true) / Double(n) + Tensor.eye(n)
    }

    private func assertClose(_ a: Tensor, _ b: Tensor, _ tolerance: Double = 1e-9,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.shape, b.shape, file: file, line: line)
        XCTAssertLessThan((a - b).norm(), tolerance, "difference too large", file: file, line: line)
    }

    func testInverseTimesMatrixIsIdentity() throws {
        var rng = RNG(seed: 3)
        let A = rng.normal(rows: 50, cols: 50)
        assertClose(A.matmul(try A.inverse()), Tensor.eye(50), 1e-10)
        assertClose(try A.inverse().matmul(A), Tensor.eye(50), 1e-10)
    }

    func testSolveMatchesInverse() throws {
        var rng = RNG(seed: 4)
        let A = rng.normal(rows: 30, cols: 30), b = rng.normal(30), B = rng.normal(rows: 30, cols: 3)
        let x = try A.solve(b)
        assertClose(A.matmul(x), b, 1e-11)
        assertClose(try A.solve(B), try A.inverse().matmul(B), 1e-10)
    }

    func testSymmetricEigenReconstructs() throws {
        let A = spd(40)
        let (values, Q) = try A.symmetricEigen()
        assertClose(Q.matmul(Q, transposeSelf: true), Tensor.eye(40), 1e-12)
        assertClose(Q.matmul(Tensor.diag(values)).matmul(Q, transposeOther: true), A, 1e-11)
        XCTAssertEqual(values.scalars, values.scalars.sorted())
        assertClose(try A.symmetricEigenvalues(), values, 1e-11)
        let diagonal = Tensor.diag(Tensor([3, 1, 2]))
        XCTAssertEqual(try diagonal.symmetricEigenvalues().scalars, [1, 2, 3])
    }

    func testSVDReconstructsTallAndWide() throws {
        var rng = RNG(seed: 5)
        for A in [rng.normal(rows: 30, cols: 12), rng.normal(rows: 12, cols: 30)] {
            let s = try A.svd()
            let k = min(A.rows, A.cols)
            XCTAssertEqual(s.U.shape, [A.rows, k])
            XCTAssertEqual(s.Vt.shape, [k, A.cols])
            assertClose(s.U.matmul(s.U, transposeSelf: true), Tensor.eye(k), 1e-12)
            assertClose(s.Vt.matmul(s.Vt, transposeOther: true), Tensor.eye(k), 1e-12)
            assertClose((s.U * s.S.asRow).matmul(s.Vt), A, 1e-11)
            XCTAssertEqual(s.S.scalars, s.S.scalars.sorted(by: >))
        }
        XCTAssertEqual(try Tensor(rows: [[3, 0], [0, -4]]).singularValues().scalars, [4, 3])
    }

    func testCholeskyReconstructs() throws {
        let A = spd(25)
        let L = try A.cholesky()
        assertClose(L.matmul(L, transposeOther: true), A, 1e-12)
        XCTAssertEqual(L[0, 1], 0)
        XCTAssertEqual(L[3, 20], 0)
        XCTAssertGreaterThan(L.diagonal.min(), 0)
    }

    func testQRReconstructs() throws {
        var rng = RNG(seed: 6)
        let A = rng.normal(rows: 20, cols: 7)
        let (Q, R) = try A.qr()
        assertClose(Q.matmul(R), A, 1e-12)
        assertClose(Q.matmul(Q, transposeSelf: true), Tensor.eye(7), 1e-12)
        XCTAssertEqual(R[3, 1], 0)
    }

    func testLeastSquaresMatchesNormalEquations() throws {
        var rng = RNG(seed: 7)
        let X = rng.normal(rows: 100, cols: 5), y = rng.normal(100)
        let normal = try X.matmul(X, transposeSelf: true).solve(X.matmul(y, transposeSelf: true))
        assertClose(try X.leastSquares(y), normal, 1e-10)
        let Y = rng.normal(rows: 100, cols: 2)
        assertClose(try X.leastSquares(Y)[..., 1], try X.leastSquares(Y[..., 1]), 1e-12)
        // Underdetermined: the minimum-norm solution equals pinv(A) b.
        let W = rng.normal(rows: 3, cols: 8), b = rng.normal(3)
        assertClose(try W.leastSquares(b), try W.pseudoInverse().matmul(b), 1e-10)
    }

    func testPseudoInverseIdentities() throws {
        var rng = RNG(seed: 8)
        // A rank-3 matrix of shape 10 x 6.
        let A = rng.normal(rows: 10, cols: 3).matmul(rng.normal(rows: 3, cols: 6))
        let P = try A.pseudoInverse()
        XCTAssertEqual(P.shape, [6, 10])
        assertClose(A.matmul(P).matmul(A), A, 1e-10)
        assertClose(P.matmul(A).matmul(P), P, 1e-10)
        let AP = A.matmul(P)
        assertClose(AP, AP.T, 1e-10)
        XCTAssertEqual(try A.matrixRank(), 3)
    }

    func testLogDeterminantMatchesEigenvalues() throws {
        let A = spd(30)
        let fromEigen = log(try A.symmetricEigenvalues()).sum()
        XCTAssertEqual(try A.logDeterminant(), fromEigen, accuracy: 1e-10)
        let L = try A.cholesky()
        XCTAssertEqual(try A.logDeterminant(), 2 * log(L.diagonal).sum(), accuracy: 1e-10)
        let swap = Tensor(rows: [[0, 2], [3, 0]])
        let (sign, logAbs) = try swap.signedLogDeterminant()
        XCTAssertEqual(sign, -1)
        XCTAssertEqual(logAbs, Foundation.log(6.0), accuracy: 1e-14)
        XCTAssertEqual(try swap.determinant(), -6, accuracy: 1e-12)
        XCTAssertThrowsError(try swap.logDeterminant())
    }

    func testSingularInputThrows() {
        let exact = Tensor(rows: [[1, 2], [2, 4]])
        XCTAssertThrowsError(try exact.inverse()) { error in
            guard case .singularMatrix = error as? LinearAlgebraError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("singular"))
        }
        XCTAssertThrowsError(try exact.solve(Tensor([1, 1])))
        let numerically = Tensor(shape: [3, 3], scalars: [1, 2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertThrowsError(try numerically.solve(Tensor([1, 1, 1]))) { error in
            XCTAssertNotNil(error as? LinearAlgebraError, "\(error)")
        }
        XCTAssertEqual(try exact.signedLogDeterminant().sign, 0)
    }

    func testNotPositiveDefiniteThrows() {
        let indefinite = Tensor(rows: [[1, 2], [2, 1]])
        XCTAssertThrowsError(try indefinite.cholesky()) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(minorOrder: 2))
            XCTAssertTrue("\(error)".contains("not positive definite"))
        }
    }

    func testBadInputsThrowRatherThanTrap() {
        XCTAssertThrowsError(try Tensor.zeros([2, 3]).inverse()) { XCTAssertTrue($0 is ShapeError) }
        XCTAssertThrowsError(try Tensor.eye(2).solve(Tensor([1, 2, 3]))) { XCTAssertTrue($0 is ShapeError) }
        let withNaN = Tensor(rows: [[1, .nan], [0, 1]])
        XCTAssertThrowsError(try withNaN.symmetricEigen()) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .nonFiniteInput(operation: "symmetricEigen"))
        }
    }
}
