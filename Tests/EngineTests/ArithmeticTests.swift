import XCTest
import Engine

final class ArithmeticTests: XCTestCase {
    func testElementwiseAndScalar() {
        let a = Tensor([1, 2, 3]), b = Tensor([4, 5, 6])
        XCTAssertEqual((a + b).scalars, [5, 7, 9])
        XCTAssertEqual((b - a).scalars, [3, 3, 3])
        XCTAssertEqual((a * b).scalars, [4, 10, 18])
        XCTAssertEqual((b / a).scalars, [4, 2.5, 2])
        XCTAssertEqual((2 * a + 1).scalars, [3, 5, 7])
        XCTAssertEqual((1 - a).scalars, [0, -1, -2])
        XCTAssertEqual((-a).scalars, [-1, -2, -3])
        var c = a
        c *= b
        c -= 1
        XCTAssertEqual(c.scalars, [3, 9, 17])
    }

    func testBroadcastingShapes() throws {
        let A = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let row = Tensor([10, 20, 30])
        let column = Tensor(shape: [2, 1], scalars: [100, 200])
        XCTAssertEqual((A + row).scalars, [11, 22, 33, 14, 25, 36])
        XCTAssertEqual((A + column).scalars, [101, 102, 103, 204, 205, 206])
        XCTAssertEqual((row.asRow + column).shape, [2, 3])
        XCTAssertEqual(try Tensor.broadcastShape([5, 1, 3], [4, 1]), [5, 4, 3])
        XCTAssertEqual(try Tensor.broadcastShape([2, 3], []), [2, 3])
        var B = A
        B += row
        XCTAssertEqual(B, A + row)
    }

    func testShapeMismatchIsThrownByTheChecks() {
        XCTAssertThrowsError(try Tensor.broadcastShape([2, 3], [2])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("[2, 3]") && message.contains("[2]"), message)
        }
        let A = Tensor.zeros([2, 3]), B = Tensor.zeros([2, 3])
        XCTAssertThrowsError(try A.checkedMatmul(B)) { error in
            XCTAssertEqual((error as? ShapeError)?.shapes, [[2, 3], [2, 3]])
        }
        XCTAssertNoThrow(try A.checkedMatmul(B, transposeOther: true))
    }

    func testMathReductionsAndMasks() {
        let A = Tensor(shape: [2, 3], scalars: [1, -2, 3, -4, 5, -6])
        XCTAssertEqual(A.sum(), -3)
        XCTAssertEqual(A.sum(axis: 0).scalars, [-3, 3, -3])
        XCTAssertEqual(A.sum(axis: 1).scalars, [2, -5])
        XCTAssertEqual(A.mean(axis: 1).scalars[0], 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(A.max(), 5)
        XCTAssertEqual(A.min(axis: 0).scalars, [-4, -2, -6])
        XCTAssertEqual(A.argmax(), 4)
        XCTAssertEqual(A.argmax(axis: 1), [2, 1])
        XCTAssertEqual(A.argmax(axis: 0), [0, 1, 0])
        XCTAssertEqual(Tensor([3, 4]).norm(), 5)
        XCTAssertEqual(Tensor(shape: [2, 2], scalars: [3, 4, 6, 8]).norm(axis: 1).scalars, [5, 10])
        XCTAssertEqual(relu(A).scalars, [1, 0, 3, 0, 5, 0])
        XCTAssertEqual((A .> 0).scalars, [1, 0, 1, 0, 1, 0])
        XCTAssertEqual((A .== Tensor([1, 5, 0])).scalars, [1, 0, 0, 0, 1, 0])
        XCTAssertEqual(abs(A).sum(), 21)
        XCTAssertEqual(maximum(A, 0), relu(A))
        XCTAssertEqual(exp(Tensor([0])).scalars, [1])
        XCTAssertEqual(A.map { $0 * 2 }.scalars, [2, -4, 6, -8, 10, -12])
        XCTAssertEqual(Tensor([1, 2, 3, 4]).variance(), 1.25)
    }

    func testMatmulVariantsAgree() {
        let A = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let B = Tensor(shape: [3, 2], scalars: [1, 0, 0, 1, 1, 1])
        XCTAssertEqual(A.matmul(B).scalars, [4, 5, 10, 11])
        XCTAssertEqual(A.matmul(A, transposeSelf: true), A.T.matmul(A))
        XCTAssertEqual(A.matmul(A, transposeOther: true), A.matmul(A.T))
        let x = Tensor([1, 1, 1])
        XCTAssertEqual(A.matmul(x).scalars, [6, 15])
        XCTAssertEqual(Tensor([1, 1]).matmul(A).scalars, [5, 7, 9])
        XCTAssertEqual(Tensor([1, 1]).matmul(B, transposeOther: true).scalars, [1, 1, 2])
        XCTAssertEqual(x.dot(x), 3)
        XCTAssertEqual(Tensor([1, 2]).outer(Tensor([1, 2, 3])).scalars, [1, 2, 3, 2, 4, 6])
    }
}

final class BroadcastingEdgeCaseTests: XCTestCase {
    func testHigherRankBroadcastMatchesLoops() {
        var rng = RNG(seed: 41)
        let a = rng.normal([2, 1, 4]), b = rng.normal([3, 1])
        let c = a + b
        XCTAssertEqual(c.shape, [2, 3, 4])
        let av = a.scalars, bv = b.scalars, cv = c.scalars
        for i in 0..<2 { for j in 0..<3 { for k in 0..<4 {
            XCTAssertEqual(cv[(i * 3 + j) * 4 + k], av[i * 4 + k] + bv[j])
        } } }
    }

    func testReductionsAlongAxesOfRank3() {
        let t = Tensor.arange(24).reshaped([2, 3, 4])
        XCTAssertEqual(t.sum(axis: 1).shape, [2, 4])
        XCTAssertEqual(t.sum(axis: 1)[0, 0], 0 + 4 + 8)
        XCTAssertEqual(t.max(axis: 2).scalars, [3, 7, 11, 15, 19, 23])
        XCTAssertEqual(t.variance(axis: 0).scalars, [Double](repeating: 36, count: 12))
    }

    func testSlicesAreCopies() {
        let A = Tensor.eye(3)
        var row = A[0, ...]
        row[0] = 5
        XCTAssertEqual(A[0, 0], 1)
        var B = A
        B[..., 2] = Tensor([7, 7, 7])
        XCTAssertEqual(A[..., 2].scalars, [0, 0, 1])
        XCTAssertEqual(B[..., 2].scalars, [7, 7, 7])
    }

    func testMatmulShapeRules() throws {
        XCTAssertEqual(try Tensor.matmulShape([4, 3], [3, 5]), [4, 5])
        XCTAssertEqual(try Tensor.matmulShape([3, 4], [3, 5], transposeA: true), [4, 5])
        XCTAssertEqual(try Tensor.matmulShape([4, 3], [3]), [4])
        XCTAssertEqual(try Tensor.matmulShape([3], [3]), [])
        XCTAssertThrowsError(try Tensor.matmulShape([4, 3], [4, 5])) { error in
            XCTAssertTrue("\(error)".contains("inner dimensions 3 and 4"), "\(error)")
        }
        XCTAssertThrowsError(try Tensor.matmulShape([2, 2, 2], [2, 2]))
    }
}
