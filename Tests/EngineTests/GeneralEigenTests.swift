import XCTest
import Engine

final class GeneralEigenTests: XCTestCase {
    func testRotationHasPurelyImaginaryPair() throws {
        let angle = 0.3
        let rotation = Tensor(rows: [[cos(angle), -sin(angle)], [sin(angle), cos(angle)]])
        let e = try rotation.eigen()
        XCTAssertEqual(e.real.scalars, [cos(angle), cos(angle)].map { $0 }, accuracy: 1e-14)
        XCTAssertEqual(e.imaginary.scalars.map(abs), [sin(angle), sin(angle)], accuracy: 1e-14)
        XCTAssertEqual(e.spectralRadius, 1, accuracy: 1e-14)
    }

    func testRealBasisReproducesTheMatrix() throws {
        var rng = RNG(seed: 11)
        let A = rng.normal(rows: 9, cols: 9)
        let e = try A.eigen()
        let lhs = A.matmul(e.basis), rhs = e.basis.matmul(e.blockDiagonal)
        XCTAssertLessThan((lhs - rhs).norm(), 1e-12 * A.norm())
        // Invariants of the spectrum: trace = Σ λ, det = Π λ (complex product of pairs).
        XCTAssertEqual(e.real.sum(), (0..<9).reduce(0.0) { $0 + A[$1, $1] }, accuracy: 1e-12)
        var productRe = 1.0, productIm = 0.0
        for (a, b) in zip(e.real.scalars, e.imaginary.scalars) {
            (productRe, productIm) = (productRe * a - productIm * b, productRe * b + productIm * a)
        }
        XCTAssertEqual(productRe, try A.determinant(), accuracy: 1e-10 * abs(productRe))
        XCTAssertEqual(productIm, 0, accuracy: 1e-10 * abs(productRe))
    }

    func testSpectralRadiusPredictsPowerGrowth() throws {
        var rng = RNG(seed: 12)
        let A = 0.4 * rng.normal(rows: 6, cols: 6)
        let rho = try A.spectralRadius()
        var power = Tensor.eye(6)
        for _ in 0..<200 { power = A.matmul(power) }
        let power2 = A.matmul(A).matmul(power)
        // ‖A^(t+2)‖ / ‖A^t‖ → ρ² as t grows.
        XCTAssertEqual((power2.norm() / power.norm()).squareRoot(), rho, accuracy: 1e-3 * rho)
    }

    func testRejectsNonSquareAndNonFinite() {
        XCTAssertThrowsError(try Tensor.zeros([2, 3]).eigen())
        XCTAssertThrowsError(try Tensor(rows: [[1, .nan], [0, 1]]).eigenvalues())
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
