import XCTest
import Engine

/// sin, cos, maximum, minimum, clamp and select (torch.where) against finite differences,
/// and a user-defined op through `Var.custom`.
final class AutodiffPiecewiseTests: XCTestCase {
    func testSinAndCosFirstAndSecondDerivatives() {
        var rng = RNG(seed: 21)
        let x = rng.normal([7]), v = rng.normal([7])
        let f = { (w: Var) in (sin(w) * cos(2 * w)).sum() + cos(w).squaredNorm() }
        XCTAssertEqual(sin(Var(x)).value, sin(x))
        XCTAssertLessThan(checkGradient(f, at: x).relativeError, 1e-8)
        let exact = hvp(f, at: x, v)
        let h = 1e-5
        let numeric = (grad(f, at: x + h * v) - grad(f, at: x - h * v)) / (2 * h)
        XCTAssertTrue(exact.isApproximatelyEqual(to: numeric, tolerance: 1e-7))
    }

    func testMaximumMinimumClampAwayFromKinks() {
        let a = Tensor([0.3, -1.2, 2.0, 0.7]), b = Tensor([1.0, -2.0, 1.5, 0.1])
        XCTAssertEqual(maximum(Var(a), Var(b)).value.scalars, [1.0, -1.2, 2.0, 0.7])
        XCTAssertEqual(minimum(Var(a), Var(b)).value.scalars, [0.3, -2.0, 1.5, 0.1])
        let weights = Tensor([1, 2, 3, 4])
        let fa = { (w: Var) in (maximum(w * w, Var(b)) * weights).sum() + (minimum(w, Var(b)) ** 2).sum() }
        XCTAssertLessThan(checkGradient(fa, at: a).relativeError, 1e-8)
        let fb = { (w: Var) in (maximum(Var(a), w) * weights).sum() + (minimum(sin(w), 0.5) * weights).sum() }
        XCTAssertLessThan(checkGradient(fb, at: b).relativeError, 1e-8)
        let fc = { (w: Var) in (clamp(w * w, to: 0.5...2) * weights).sum() }
        XCTAssertEqual(clamp(Var(a), to: 0...1).value.scalars, [0.3, 0, 1, 0.7])
        XCTAssertLessThan(checkGradient(fc, at: Tensor([0.5, 1.0, 1.3, 3.0])).relativeError, 1e-8)
        // Broadcasting: a row against a matrix; the row's gradient sums over the rows.
        let M = Tensor(rows: [[0.1, 2.0], [3.0, -1.0]])
        let fr = { (w: Var) in (maximum(Var(M), w) * Tensor(rows: [[1, 2], [3, 4]])).sum() }
        XCTAssertEqual(grad(fr, at: Tensor(rows: [[1.0, 0.5]])).scalars, [1, 4])
    }

    func testTiesSplitTheGradientAsPyTorch() {
        let x = Var(Tensor([1, 2]), requiresGrad: true), y = Var(Tensor([1, 3]), requiresGrad: true)
        let g = gradients(of: maximum(x, y).sum(), withRespectTo: [x, y])
        XCTAssertEqual(g[0].value.scalars, [0.5, 0])
        XCTAssertEqual(g[1].value.scalars, [0.5, 1])
        XCTAssertEqual(grad({ clamp($0, to: 0...1).sum() }, at: Tensor([0, 1, 2])).scalars, [1, 1, 0])
    }

    func testSelectIsTorchWhere() {
        var rng = RNG(seed: 4)
        let a = rng.normal([3, 4]), b = rng.normal([4])
        let mask = a .> 0
        let value = select(mask, Var(a), Var(b)).value
        for i in 0..<3 { for j in 0..<4 { XCTAssertEqual(value[i, j], a[i, j] > 0 ? a[i, j] : b[j]) } }
        let weights = rng.normal([3, 4])
        let fa = { (w: Var) in (select(mask, sin(w), b) * weights).sum() }
        XCTAssertLessThan(checkGradient(fa, at: a).relativeError, 1e-8)
        let fb = { (w: Var) in (select(mask, a, w * w) * weights).sum() }
        XCTAssertLessThan(checkGradient(fb, at: b).relativeError, 1e-8)
        let gb = grad(fb, at: b)
        let expected = ((1 - mask) * weights).sum(axis: 0) * 2 * b
        XCTAssertTrue(gb.isApproximatelyEqual(to: expected, tolerance: 1e-12))
    }

    func testCustomOpWithItsOwnBackwardRule() {
        func cube(_ x: Var) -> Var {
            Var.custom(x.value * x.value * x.value, inputs: [x], name: "cube") { g, inputs, _ in
                [g * 3 * inputs[0] * inputs[0]]
            }
        }
        var rng = RNG(seed: 8)
        let x = rng.normal([5]), v = rng.normal([5])
        let f = { (w: Var) in (cube(w) * sin(w)).sum() }
        XCTAssertLessThan(checkGradient(f, at: x).relativeError, 1e-8)
        let h = 1e-5
        let numeric = (grad(f, at: x + h * v) - grad(f, at: x - h * v)) / (2 * h)
        XCTAssertTrue(hvp(f, at: x, v).isApproximatelyEqual(to: numeric, tolerance: 1e-6))
        XCTAssertTrue(isRecordingGradients)
        withoutRecording { XCTAssertFalse(isRecordingGradients) }
    }
}
