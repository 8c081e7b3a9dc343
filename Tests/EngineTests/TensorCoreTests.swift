import XCTest
import Engine

final class TensorCoreTests: XCTestCase {
    func testConstructionAndAccess() {
        let A = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(A.shape, [2, 3])
        XCTAssertEqual(A.rows, 2)
        XCTAssertEqual(A.cols, 3)
        XCTAssertEqual(A.count, 6)
        XCTAssertEqual(A[1, 2], 6)
        XCTAssertEqual(A.scalars, [1, 2, 3, 4, 5, 6])
        let v: Tensor = [1, 2, 3]
        XCTAssertEqual(v[2], 3)
        XCTAssertEqual(Tensor(rows: [[1, 2], [3, 4]]), Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        XCTAssertEqual(Tensor.eye(2).scalars, [1, 0, 0, 1])
        XCTAssertEqual(Tensor.linspace(0, 1, count: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(Tensor.arange(4).scalars, [0, 1, 2, 3])
        XCTAssertEqual(Tensor(repeating: 7, shape: [2]).scalars, [7, 7])
    }

    func testCopyOnWrite() {
        let a = Tensor([1, 2, 3])
        var b = a
        b[0] = 10
        XCTAssertEqual(a.scalars, [1, 2, 3])
        XCTAssertEqual(b.scalars, [10, 2, 3])
        var c = a
        c += 1
        XCTAssertEqual(a.scalars, [1, 2, 3])
        XCTAssertEqual(c.scalars, [2, 3, 4])
    }

    func testSlicing() {
        var A = Tensor(shape: [3, 3], scalars: [1, 2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(A[..., 0].scalars, [1, 4, 7])
        XCTAssertEqual(A[1, ...].scalars, [4, 5, 6])
        XCTAssertEqual(A[0..<2, ...].shape, [2, 3])
        XCTAssertEqual(A[..., 1...2].scalars, [2, 3, 5, 6, 8, 9])
        XCTAssertEqual(A[1..., 1...].scalars, [5, 6, 8, 9])
        XCTAssertEqual(A[rows: [2, 0]].scalars, [7, 8, 9, 1, 2, 3])
        XCTAssertEqual(Tensor([1, 2, 3, 4])[1..<3].scalars, [2, 3])
        A[..., 0] = Tensor([0, 0, 0])
        A[2, ...] = Tensor([9, 9, 9])
        XCTAssertEqual(A.scalars, [0, 2, 3, 0, 5, 6, 9, 9, 9])
    }

    func testShapeOperations() {
        let A = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(A.T.shape, [3, 2])
        XCTAssertEqual(A.T.scalars, [1, 4, 2, 5, 3, 6])
        XCTAssertEqual(A.reshaped([3, -1]).shape, [3, 2])
        XCTAssertEqual(A.concatenated(with: A, axis: 0).shape, [4, 3])
        let wide = A.concatenated(with: Tensor.zeros([2, 1]), axis: 1)
        XCTAssertEqual(wide.scalars, [1, 2, 3, 0, 4, 5, 6, 0])
        XCTAssertEqual(Tensor.stack([Tensor([1, 2]), Tensor([3, 4])]).scalars, [1, 2, 3, 4])
        XCTAssertEqual(Tensor.diag(Tensor([1, 2])).scalars, [1, 0, 0, 2])
        XCTAssertEqual(A.diagonal.scalars, [1, 5])
        XCTAssertEqual(Tensor.eye(3).trace, 3)
    }

    func testDescriptionIsCompact() {
        XCTAssertEqual(Tensor([1, 2, 3]).description, "[1, 2, 3]")
        XCTAssertEqual(Tensor(shape: [2, 2], scalars: [1, 2.5, 3, 4]).description, "[[  1, 2.5],\n [  3,   4]]")
        let long = Tensor.arange(5000).description
        XCTAssertTrue(long.contains("..."))
        XCTAssertLessThan(long.count, 60)
    }
}
