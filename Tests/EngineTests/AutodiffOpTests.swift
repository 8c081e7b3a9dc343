import Foundation
import XCTest
import Engine

/// Every differentiable op: first derivatives against central differences of the function,
/// second derivatives (Hessian-vector products) against central differences of gradients.
final class AutodiffOpTests: XCTestCase {
    /// Scalar test functions of a [3, 4] input, one per op, each mixed with fixed random
    /// weights so that no derivative is trivially symmetric or zero.
    private func cases() -> [(String, (Var) -> Var)] {
        var rng = RNG(seed: 7)
        let W = rng.normal([3, 4]), M = rng.normal([4, 2]), row = rng.normal([4]), col = rng.normal([3, 1])
        let A4 = rng.normal([4, 4]), A3 = rng.normal([3, 3])
        // A fixed, non-symmetric weighting of any output: Σ yᵢ sin(1.7 i + 0.3).
        let weigh = { (y: Var) -> Var in
            (y * Tensor(shape: y.shape, scalars: (0..<y.count).map { Foundation.sin(1.7 * Double($0) + 0.3) })).sum()
        }
        return [
            ("add broadcast", { x in weigh(x * x + Var(row)) + (x + x * x).sum() }),
            ("sub", { x in weigh(Var(col) - x * x) }),
            ("mul broadcast row", { x in ((x * Var(row)) * x).sum() }),
            ("mul broadcast trainable", { x in (x * x[0..<1]).sum() * 0.5 + weigh(x * x) }),
            ("div", { x in weigh(1 / (x * x + 1) + x / (2 + x * x)) }),
            ("pow", { x in weigh((x * x + 0.5) ** 1.5) + (x ** 3).sum() }),
            ("exp", { x in weigh(exp(0.5 * x)) }),
            ("log", { x in weigh(log(x * x + 1)) }),
            ("sqrt", { x in weigh(sqrt(x * x + 1)) }),
            ("tanh", { x in weigh(tanh(x)) }),
            // The gradient of a tanh network is built from the fused tanhBackward op (with
            // both its inputs depending on x), so this checks that op's first and second
            // derivatives: the third derivatives of tanh.
            ("tanhBackward (gradient of tanh ∘ tanh)", { x in weigh(grad({ z in weigh(tanh(tanh(z))) })(x)) }),
            ("sigmoid", { x in weigh(sigmoid(2 * x)) }),
            ("relu", { x in weigh(relu(x) * x) }),
            ("gelu", { x in weigh(gelu(x)) }),
            ("softplus", { x in weigh(softplus(3 * x)) }),
            ("sum axis 0", { x in (x.sum(axis: 0) * x.sum(axis: 0)).sum() }),
            ("mean axis 1 keepdims", { x in weigh(x * x.mean(axis: 1, keepingDims: true)) }),
            ("mean all", { x in x.mean() * x.mean() + weigh(x * x.mean()) }),
            ("logsumexp", { x in (x.logsumexp(axis: 1) * Var(Tensor([1, -2, 0.5]))).sum() }),
            ("softmax", { x in weigh(x.softmax(axis: 1)) }),
            ("logSoftmax axis 0", { x in weigh(x.logSoftmax(axis: 0)) }),
            ("cross-entropy", { x in crossEntropy(x, labels: [3, 0, 2]) }),
            ("mse", { x in mse(tanh(x), W) }),
            ("binary cross-entropy", { x in binaryCrossEntropy(logits: x, targets: (W .> 0)) }),
            ("norm", { x in x.norm() + x.squaredNorm() * 0.1 }),
            ("dot", { x in x.dot(x * x) }),
            ("matmul", { x in weigh(tanh(x.matmul(Var(M))).matmul(Var(M), transposeOther: true)) }),
            ("matmul transposed self", { x in (x.matmul(x, transposeSelf: true) * Var(A4)).sum() }),
            ("matmul transposed other", { x in (x.matmul(x, transposeOther: true) * Var(A3)).sum() }),
            ("matmul vector", { x in (x.matmul(tanh(x[1..<2].flattened)) * Var(Tensor([1, 2, 3]))).sum() }),
            ("reshape", { x in weigh((x.reshaped([4, 3]) * x.reshaped([4, 3])).reshaped([3, 4])) }),
            ("transpose", { x in (x.T.matmul(x) * x.T.matmul(x)).sum() }),
            ("slice rows", { x in (x[1..<3] * x[0..<2]).sum() + x[2..<3].sum() }),
            ("slice columns", { x in (x[columns: 1..<3] * x[columns: 2..<4]).sum() }),
            ("concatenate axis 0", { x in weigh(Var.concatenate([x[1..<3] * x[1..<3], x[0..<1]], axis: 0)) }),
            ("concatenate axis 1", { x in weigh(Var.concatenate([x[columns: 0..<1], tanh(x[columns: 1..<4])], axis: 1)) }),
            ("batchNorm", { x in weigh(batchNorm(x, gamma: Var(row) * x[0..<1].flattened, beta: Var(row))) }),
            ("layerNorm", { x in weigh(layerNorm(x * x, gamma: Var(row), beta: x[1..<2].flattened)) }),
            ("abs", { x in weigh(abs(x) * x) }),
        ]
    }

    private func point() -> Tensor {
        var rng = RNG(seed: 11)
        return rng.normal([3, 4])
    }

    func testFirstDerivativesMatchFiniteDifferences() {
        for (name, f) in cases() {
            let check = checkGradient(f, at: point())
            XCTAssertLessThan(check.relativeError, 1e-7, "\(name): \(check)")
        }
    }

    func testSecondDerivativesMatchFiniteDifferences() {
        var rng = RNG(seed: 12)
        for (name, f) in cases() {
            let v = rng.normal([3, 4])
            let check = checkHessianVectorProduct(f, at: point(), v)
            XCTAssertLessThan(check.relativeError, 1e-6, "\(name): \(check)")
        }
    }

    func testGradientOfAConstantFunctionIsZero() {
        let g = grad({ _ in Var(3.0) }, at: Tensor([1, 2]))
        XCTAssertEqual(g.scalars, [0, 0])
    }

    func testGradientAccumulatesOverReuse() {
        // f(x) = x·x + 3x at x = 2: f' = 2x + 3 = 7, f'' = 2.
        let f: (Var) -> Var = { x in (x * x + 3 * x).sum() }
        XCTAssertEqual(grad(f, at: Tensor([2])).scalars, [7])
        XCTAssertEqual(hvp(f, at: Tensor([2]), Tensor([1])).scalars, [2])
    }

    func testThirdDerivativeThroughNestedGrad() {
        // f(x) = x⁴ (scalar): f' = 4x³, f'' = 12x², f''' = 24x; at x = 1.5.
        let f: (Var) -> Var = { x in (x ** 4).sum() }
        let second = grad({ x in grad(f)(x).sum() })
        let third = grad({ x in second(x).sum() }, at: Tensor([1.5]))
        XCTAssertEqual(second(Var(Tensor([1.5]))).value[0], 12 * 1.5 * 1.5, accuracy: 1e-12)
        XCTAssertEqual(third[0], 24 * 1.5, accuracy: 1e-12)
    }
}
