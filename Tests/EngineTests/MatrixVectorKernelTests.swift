import XCTest
import Engine

/// Matrix-vector products `A x`, `Aᵀx`, `x A`, `x Aᵀ` (the engine's own kernels) against
/// plain loops, on one and two BLAS threads, for sizes that exercise the row blocks and the
/// leftover rows.
final class MatrixVectorKernelTests: XCTestCase {
    func testMatrixVectorProductsMatchLoopsOnOneAndTwoThreads() {
        let saved = blasThreadCount()
        defer { setBLASThreadCount(saved) }
        var rng = RNG(seed: 17)
        for threads in [1, 2] {
            setBLASThreadCount(threads)
            for (m, n) in [(1, 1), (7, 3), (8, 5), (37, 19), (300, 64), (1001, 67)] {
                let A = rng.normal([m, n]), x = rng.normal([m]), z = rng.normal([n])
                var expected = [Double](repeating: 0, count: n)
                for i in 0..<m { for j in 0..<n { expected[j] += A[i, j] * x[i] } }
                let tolerance = 1e-13 * Double(m)
                XCTAssertTrue(A.matmul(x, transposeSelf: true).isApproximatelyEqual(to: Tensor(expected), tolerance: tolerance))
                XCTAssertTrue(x.matmul(A).isApproximatelyEqual(to: Tensor(expected), tolerance: tolerance))
                var plain = [Double](repeating: 0, count: m)
                for i in 0..<m { for j in 0..<n { plain[i] += A[i, j] * z[j] } }
                XCTAssertTrue(A.matmul(z).isApproximatelyEqual(to: Tensor(plain), tolerance: 1e-13 * Double(n)))
                XCTAssertTrue(z.matmul(A, transposeOther: true).isApproximatelyEqual(to: Tensor(plain), tolerance: 1e-13 * Double(n)))
            }
        }
    }
}
