import XCTest
import Engine

final class SecondOrderOptimizerTests: XCTestCase {
    func testNewtonSolvesAQuadraticInOneStepAndRefusesASaddle() throws {
        let A = Tensor(rows: [[3, 1], [1, 2]]), b = Tensor([1, -1])
        let f = { (w: Var) in 0.5 * w.dot(Var(A).matmul(w)) - w.dot(Var(b)) }
        var w = Tensor([5, 5])
        var newton = Newton()
        try newton.step(&w, loss: f)
        XCTAssertTrue(w.isApproximatelyEqual(to: try A.solve(b), tolerance: 1e-12))
        let saddle = { (w: Var) in (w * Var(Tensor([1, -1])) * w).sum() }
        var u = Tensor([1, 1])
        XCTAssertThrowsError(try newton.step(&u, loss: saddle)) { error in
            guard case CurvatureError.notPositiveDefinite = error else { return XCTFail("\(error)") }
        }
    }

    func testGaussNewtonSolvesLinearLeastSquaresInOneStep() throws {
        var rng = RNG(seed: 1)
        let X = rng.normal([20, 3]), y = rng.normal([20, 1])
        var theta = Tensor.zeros(3)
        var gn = GaussNewton(damping: 0)
        try gn.step(&theta, outputs: { X.matmul($0.reshaped([3, 1])) }, loss: { mse($0, y) })
        XCTAssertTrue(theta.asColumn.isApproximatelyEqual(to: try X.leastSquares(y), tolerance: 1e-10))
    }

    func testHessianFreeNaturalGradientAndKFACReduceTheLoss() throws {
        var rng = RNG(seed: 2)
        var model = MLP(widths: [2, 8, 3], activation: .tanh, rng: &rng)
        let X = rng.normal([40, 2])
        let labels = (0..<40).map { X[$0, 0] > 0 ? (X[$0, 1] > 0 ? 0 : 1) : 2 }
        let outputs = { (theta: Var) in model.apply(theta, X) }
        let loss = { (z: Var) in crossEntropy(z, labels: labels) }
        let value = { (theta: Tensor) in withoutRecording { loss(outputs(Var(theta))).scalar } }
        let start = model.flatParameters, initial = value(start)

        var hf = HessianFree(damping: 1e-2, cgIterations: 10)
        var theta = start
        for _ in 0..<10 { hf.step(&theta, outputs: outputs, loss: loss) }
        XCTAssertLessThan(value(theta), 0.5 * initial)

        var ng = NaturalGradient(learningRate: 0.5, damping: 1e-2)
        theta = start
        for _ in 0..<10 { try ng.step(&theta, outputs: outputs, loss: loss) }
        XCTAssertLessThan(value(theta), 0.5 * initial)

        var kfac = KFAC(learningRate: 0.5, damping: 1e-2, factorDecay: 0.5)
        var sampler = RNG(seed: 3)
        for _ in 0..<20 { try kfac.step(&model, inputs: X, labels: labels, rng: &sampler) }
        XCTAssertLessThan(value(model.flatParameters), 0.5 * initial)
    }

    func testKFACFactorsMatchTheirDefinition() {
        // A = E[ã ãᵀ] with ã = [a, 1]; G = E[g gᵀ] with g the gradient of each example's own
        // loss with respect to its pre-activations, computed one example at a time.
        var rng = RNG(seed: 4)
        let model = MLP(widths: [3, 4, 2], activation: .tanh, rng: &rng)
        let X = rng.normal([6, 3])
        let labels = [0, 1, 1, 0, 1, 0]
        let factors = kfacFactors(model, inputs: X, loss: { crossEntropy($0, labels: labels) })
        var A = [Tensor.zeros([4, 4]), Tensor.zeros([5, 5])], G = [Tensor.zeros([4, 4]), Tensor.zeros([2, 2])]
        for i in 0..<6 {
            let params = model.parameters.map { Var($0, requiresGrad: true) }
            let (output, inputs, z) = model.trace(params, X[i..<(i + 1)])
            let g = gradients(of: crossEntropy(output, labels: [labels[i]]), withRespectTo: z)
            for l in 0..<2 {
                let a = Tensor.concatenate([inputs[l].value.flattened, Tensor([1])])
                A[l] += a.outer(a) / 6
                G[l] += g[l].value.flattened.outer(g[l].value.flattened) / 6
            }
        }
        for l in 0..<2 {
            XCTAssertTrue(factors[l].A.isApproximatelyEqual(to: A[l], tolerance: 1e-13), "A\(l)")
            XCTAssertTrue(factors[l].G.isApproximatelyEqual(to: G[l], tolerance: 1e-13), "G\(l)")
        }
    }
}
