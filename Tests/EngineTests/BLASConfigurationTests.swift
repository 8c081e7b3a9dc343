import XCTest
import Engine

final class BLASConfigurationTests: XCTestCase {
    func testConfigurationAndThreads() {
        XCTAssertTrue(blasConfiguration().contains("OpenBLAS"), blasConfiguration())
        let original = blasThreadCount()
        XCTAssertGreaterThanOrEqual(original, 1)
        setBLASThreadCount(1)
        XCTAssertEqual(blasThreadCount(), 1)
        setBLASThreadCount(original)
        XCTAssertEqual(blasThreadCount(), original)
    }

    func testProductsAgreeAcrossSizes() {
        // Sizes around BLAS blocking and threading thresholds, checked against a plain loop.
        var rng = RNG(seed: 31)
        for (m, k, n) in [(1, 1, 1), (3, 70, 2), (65, 64, 63), (130, 17, 129)] {
            let A = rng.normal(rows: m, cols: k), B = rng.normal(rows: k, cols: n)
            var reference = Tensor.zeros([m, n])
            for i in 0..<m { for j in 0..<n { reference[i, j] = A[i, ...].dot(B[..., j]) } }
            XCTAssertLessThan((A.matmul(B) - reference).norm(), 1e-10)
            XCTAssertLessThan((A.T.matmul(B, transposeSelf: true) - reference).norm(), 1e-10)
            XCTAssertLessThan((A.matmul(B.T, transposeOther: true) - reference).norm(), 1e-10)
        }
    }
}
