import XCTest
import Foundation
import Engine

/// Two-input gradients and mixed second derivatives, batched matmul, MLP input gradients and
/// bias-free layers, BatchNorm running statistics, and per-thread recording.
final class AutodiffModelExtensionTests: XCTestCase {
    /// Central differences of a scalar function of a tensor.
    func numericGradient(_ f: (Tensor) -> Double, at x: Tensor, h: Double = 1e-5) -> Tensor {
        var result = Tensor.zeros(like: x)
        for i in 0..<x.count {
            var plus = x.flattened, minus = x.flattened
            plus[i] += h
            minus[i] -= h
            result.withUnsafeMutableBufferPointer { $0[i] = (f(plus.reshaped(x.shape)) - f(minus.reshaped(x.shape))) / (2 * h) }
        }
        return result
    }

    func testTwoInputGradientsAndMixedSecondDerivatives() {
        var rng = RNG(seed: 31)
        let A = rng.normal([4, 3]), x = rng.normal([4]), y = rng.normal([3])
        let f = { (x: Var, y: Var) in (sin(x) * A.matmul(y)).sum() + x.squaredNorm() * cos(y).sum() }
        let value = { (x: Tensor, y: Tensor) in f(Var(x), Var(y)).scalar }
        let (gx, gy) = grad(f, at: x, y)
        XCTAssertTrue(gx.isApproximatelyEqual(to: numericGradient({ value($0, y) }, at: x), tolerance: 1e-8))
        XCTAssertTrue(gy.isApproximatelyEqual(to: numericGradient({ value(x, $0) }, at: y), tolerance: 1e-8))
        XCTAssertEqual(valueAndGrad(f, at: x, y).value, value(x, y))

        let u = rng.normal([4]), v = rng.normal([3]), h = 1e-5
        let Jv = mixedHVP(f, at: x, y, alongY: v)
        let numericJv = (grad(f, at: x, y + h * v).x - grad(f, at: x, y - h * v).x) / (2 * h)
        XCTAssertTrue(Jv.isApproximatelyEqual(to: numericJv, tolerance: 1e-7))
        let Jtu = mixedHVP(f, at: x, y, alongX: u)
        let numericJtu = (grad(f, at: x + h * u, y).y - grad(f, at: x - h * u, y).y) / (2 * h)
        XCTAssertTrue(Jtu.isApproximatelyEqual(to: numericJtu, tolerance: 1e-7))
        XCTAssertEqual(u.dot(Jv), Jtu.dot(v), accuracy: 1e-12)
    }

    func testBatchedMatmulForwardAndBackwardWithBroadcasting() {
        var rng = RNG(seed: 41)
        let A = rng.normal([3, 4, 5]), B = rng.normal([3, 5, 2]), W = rng.normal([5, 2])
        let C = A.batchedMatmul(B)
        XCTAssertEqual(C.shape, [3, 4, 2])
        for b in 0..<3 {
            let Ab = A[b..<(b + 1)].reshaped([4, 5]), Bb = B[b..<(b + 1)].reshaped([5, 2])
            XCTAssertTrue(C[b..<(b + 1)].reshaped([4, 2]).isApproximatelyEqual(to: Ab.matmul(Bb), tolerance: 1e-12))
            XCTAssertTrue(A.batchedMatmul(W)[b..<(b + 1)].reshaped([4, 2]).isApproximatelyEqual(to: Ab.matmul(W), tolerance: 1e-12))
            let At = A.batchedMatmul(A, transposeOther: true)[b..<(b + 1)].reshaped([4, 4])
            XCTAssertTrue(At.isApproximatelyEqual(to: Ab.matmul(Ab, transposeOther: true), tolerance: 1e-12))
        }
        let weights = rng.normal([3, 4, 2])
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = ta ? rng.normal([3, 5, 4]) : rng.normal([3, 4, 5])
            let b = tb ? rng.normal([2, 5]) : rng.normal([5, 2])          // broadcast over the batch
            let f = { (x: Var, y: Var) in (x.batchedMatmul(y, transposeSelf: ta, transposeOther: tb) * weights).sum() }
            let value = { (x: Tensor, y: Tensor) in f(Var(x), Var(y)).scalar }
            let (ga, gb) = grad(f, at: a, b)
            XCTAssertTrue(ga.isApproximatelyEqual(to: numericGradient({ value($0, b) }, at: a), tolerance: 1e-8))
            XCTAssertTrue(gb.isApproximatelyEqual(to: numericGradient({ value(a, $0) }, at: b), tolerance: 1e-8))
        }
        // Second order through a batched product (attention scores Q Kᵀ with Q = K = X).
        let X = rng.normal([2, 3, 4]), v = rng.normal([2, 3, 4]), scoreWeights = rng.normal([2, 3, 3]), h = 1e-5
        let g = { (x: Var) in (x.batchedMatmul(x, transposeOther: true).softmax(axis: 2) * scoreWeights).sum() }
        let numeric = (grad(g, at: X + h * v) - grad(g, at: X - h * v)) / (2 * h)
        XCTAssertTrue(hvp(g, at: X, v).isApproximatelyEqual(to: numeric, tolerance: 1e-6))
    }

    func testMLPDifferentiableInItsInputAndWithoutBiases() {
        var rng = RNG(seed: 51)
        let model = MLP(widths: [3, 8, 2], activation: .tanh, rng: &rng)
        let X = rng.normal([5, 3]), theta = model.flatParameters
        let f = { (x: Var) in (model.apply(Var(theta), x) ** 2).sum() }
        XCTAssertLessThan(checkGradient(f, at: X).relativeError, 1e-8)
        let both = { (t: Var, x: Var) in (model.apply(t, x) ** 2).sum() }
        let (gTheta, gX) = grad(both, at: theta, X)
        XCTAssertTrue(gTheta.isApproximatelyEqual(to: grad({ (model.apply($0, X) ** 2).sum() }, at: theta), tolerance: 1e-12))
        XCTAssertTrue(gX.isApproximatelyEqual(to: grad(f, at: X), tolerance: 1e-12))

        let bare = MLP(widths: [3, 8, 2], activation: .tanh, bias: false, rng: &rng)
        XCTAssertEqual(bare.parameters.count, 2)
        XCTAssertEqual(bare.parameterCount, 3 * 8 + 8 * 2)
        let expected = tanh(X.matmul(bare.parameters[0])).matmul(bare.parameters[1])
        XCTAssertTrue(bare(X).isApproximatelyEqual(to: expected, tolerance: 1e-12))
        let loss = { (t: Var) in (bare.apply(t, X) ** 2).mean() }
        XCTAssertLessThan(checkGradient(loss, at: bare.flatParameters).relativeError, 1e-8)
    }

    func testBatchNormRunningStatisticsAndEvaluationMode() {
        var rng = RNG(seed: 61)
        var norm = BatchNorm(features: 3, momentum: 0.2)
        let gamma = rng.normal([3]), beta = rng.normal([3])
        let batches = [rng.normal([6, 3], mean: 2, std: 3), rng.normal([6, 3], mean: -1, std: 0.5)]
        var mean = Tensor.zeros(3), variance = Tensor.ones(3)
        for X in batches {
            let y = norm(Var(X), gamma: Var(gamma), beta: Var(beta)).value
            XCTAssertEqual(y, batchNorm(Var(X), gamma: Var(gamma), beta: Var(beta)).value)
            for j in 0..<3 {
                let column = X[..., j], m = column.mean()
                let unbiased = column.map { ($0 - m) * ($0 - m) }.sum() / 5
                mean[j] = 0.8 * mean[j] + 0.2 * m
                variance[j] = 0.8 * variance[j] + 0.2 * unbiased
            }
        }
        XCTAssertTrue(norm.runningMean.isApproximatelyEqual(to: mean, tolerance: 1e-14))
        XCTAssertTrue(norm.runningVariance.isApproximatelyEqual(to: variance, tolerance: 1e-14))

        norm.isTraining = false
        let test = rng.normal([4, 3])
        let frozen = norm
        let y = norm(Var(test), gamma: Var(gamma), beta: Var(beta)).value
        XCTAssertEqual(norm.runningMean, frozen.runningMean)
        for i in 0..<4 {
            for j in 0..<3 {
                let expected = gamma[j] * (test[i, j] - mean[j]) / (variance[j] + 1e-5).squareRoot() + beta[j]
                XCTAssertEqual(y[i, j], expected, accuracy: 1e-12)
            }
        }
        // In evaluation mode each row depends on itself only: the Jacobian is block diagonal.
        let evaluate = { (x: Var) -> Var in var copy = frozen; return (copy(x, gamma: Var(gamma), beta: Var(beta)) ** 2).sum() }
        XCTAssertLessThan(checkGradient(evaluate, at: test).relativeError, 1e-8)
        let gammaGradient = { (g: Var) -> Var in var copy = frozen; return (copy(Var(test), gamma: g, beta: Var(beta)) ** 2).sum() }
        XCTAssertLessThan(checkGradient(gammaGradient, at: gamma).relativeError, 1e-8)
    }

    func testRecordingSwitchIsPerThread() {
        let x = Tensor([1, 2, 3])
        let f = { (w: Var) in (w * w * w).sum() }
        let expected = 3 * x * x
        final class Box: @unchecked Sendable { var wrongGradients = 0; var recordingOnNewThread = false }
        let box = Box()
        // One thread keeps switching recording off while the other differentiates.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            if worker == 0 {
                for _ in 0..<20_000 { withoutRecording { _ = f(Var(x, requiresGrad: true)) } }
            } else {
                for _ in 0..<2_000 where grad(f, at: x) != expected { box.wrongGradients += 1 }
            }
        }
        XCTAssertEqual(box.wrongGradients, 0)
        // A thread started while this one has recording off starts with it on.
        withoutRecording {
            let done = DispatchSemaphore(value: 0)
            Thread { box.recordingOnNewThread = isRecordingGradients; done.signal() }.start()
            done.wait()
            XCTAssertTrue(box.recordingOnNewThread)
            XCTAssertFalse(isRecordingGradients)
        }
    }
}
