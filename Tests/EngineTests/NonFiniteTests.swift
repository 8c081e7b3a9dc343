import XCTest
import Engine

/// Infinite and NaN inputs to log-sum-exp, softmax, cross-entropy and the extrema: the
/// results PyTorch and NumPy give.
final class NonFiniteTests: XCTestCase {
    let inf = Double.infinity

    func testLogsumexpOfMaskedAndInfiniteRows() {
        let x = Tensor(rows: [[-inf, -inf, -inf], [inf, 0, 1], [1, 2, 3], [.nan, 0, 1], [-inf, 0, -inf]])
        let lse = x.logsumexp(axis: 1)
        XCTAssertEqual(lse[0], -inf)
        XCTAssertEqual(lse[1], inf)
        XCTAssertEqual(lse[2], Foundation.log(Foundation.exp(1.0) + Foundation.exp(2.0) + Foundation.exp(3.0)), accuracy: 1e-14)
        XCTAssertTrue(lse[3].isNaN)
        XCTAssertEqual(lse[4], 0)
        XCTAssertEqual(Var(x).logsumexp(axis: 1).value.scalars.map { $0.isNaN ? 99 : $0 },
                       lse.scalars.map { $0.isNaN ? 99 : $0 })
        XCTAssertEqual(x.logsumexp(axis: 1, keepingDims: true).shape, [5, 1])
        // Along axis 0 of the transpose: the same values.
        XCTAssertEqual(x.T.logsumexp(axis: 0)[1], inf)
        XCTAssertEqual(x.T.logsumexp(axis: 0)[0], -inf)
    }

    func testLogSoftmaxAndCrossEntropyWithMaskedLogits() {
        // A masked (−∞) logit in a class that is not the label costs nothing.
        let logits = Var(Tensor(rows: [[-inf, 0, 0], [2, -inf, 0]]), requiresGrad: true)
        let loss = crossEntropy(logits, labels: [1, 0])
        let expected = (Foundation.log(2.0) + Foundation.log(Foundation.exp(2.0) + 1) - 2) / 2
        XCTAssertEqual(loss.scalar, expected, accuracy: 1e-14)
        let g = gradients(of: loss, withRespectTo: [logits])[0].value
        XCTAssertTrue(g.scalars.allSatisfy(\.isFinite))
        XCTAssertEqual(g[0, 0], 0)
        XCTAssertEqual(g[0, 1], (0.5 - 1) / 2, accuracy: 1e-15)
        // A +∞ logit outside the label makes the loss +∞.
        XCTAssertEqual(crossEntropy(Var(Tensor(rows: [[inf, 0]])), labels: [1]).scalar, inf)
        let ls = Tensor(rows: [[-inf, 0, 0]]).logSoftmax(axis: 1)
        XCTAssertEqual(ls[0, 0], -inf)
        XCTAssertEqual(ls[0, 1], -Foundation.log(2.0), accuracy: 1e-15)
    }

    func testCrossEntropyMatchesOneHotFormulaAndFiniteDifferences() {
        var rng = RNG(seed: 3)
        let z = rng.normal([6, 4]), labels = [0, 3, 1, 1, 2, 0]
        let f = { (v: Var) in crossEntropy(v, labels: labels) }
        let direct = -(z.logSoftmax(axis: 1) * Tensor.oneHot(labels, classes: 4)).sum() / 6
        XCTAssertEqual(f(Var(z)).scalar, direct, accuracy: 1e-14)
        let check = checkGradient(f, at: z)
        XCTAssertLessThan(check.relativeError, 1e-8)
        let v = rng.normal([6, 4])
        let hvpCheck = checkGradient({ (w: Var) in (grad(f)(w) * Var(v)).sum() }, at: z)
        XCTAssertLessThan(hvpCheck.relativeError, 1e-7)
    }

    func testExtremaPropagateNaN() {
        let x = Tensor(rows: [[.nan, 1, 2], [3, .nan, 0], [1, 5, 2]])
        let rowMax = x.max(axis: 1), rowMin = x.min(axis: 1)
        XCTAssertTrue(rowMax[0].isNaN && rowMax[1].isNaN)
        XCTAssertEqual(rowMax[2], 5)
        XCTAssertTrue(rowMin[0].isNaN && rowMin[1].isNaN)
        XCTAssertEqual(rowMin[2], 1)
        XCTAssertTrue(x.max().isNaN && x.min().isNaN)
        XCTAssertEqual(x.argmax(axis: 1), [0, 1, 1])
        XCTAssertEqual(x.argmin(axis: 1), [0, 1, 0])
        XCTAssertEqual(x.argmax(axis: 0), [0, 1, 0])
        XCTAssertEqual(x.argmax(), 0)
        XCTAssertEqual(Tensor([3, 1, .nan, .nan]).argmin(), 2)
        XCTAssertEqual(Tensor([1, 3, 3, 0]).argmax(), 1)
        XCTAssertEqual(Tensor([1, 0, 0, 3]).argmin(), 1)
        let m = maximum(Tensor([.nan, 1, 2]), Tensor([0, .nan, 1]))
        XCTAssertTrue(m[0].isNaN && m[1].isNaN)
        XCTAssertEqual(m[2], 2)
        XCTAssertTrue(minimum(Tensor([.nan]), Tensor([0]))[0].isNaN)
        XCTAssertTrue(maximum(Tensor([.nan, 1]), 0)[0].isNaN)
        XCTAssertTrue(minimum(Tensor([1]), .nan)[0].isNaN)
        XCTAssertTrue(relu(Tensor([.nan]))[0].isNaN)
        XCTAssertTrue(sign(Tensor([.nan]))[0].isNaN)
        XCTAssertTrue(Tensor([1, .nan]).clipped(to: 0...1)[1].isNaN)
    }
}
