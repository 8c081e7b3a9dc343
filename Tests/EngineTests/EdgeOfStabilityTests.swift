import XCTest
import Engine

final class EdgeOfStabilityTests: XCTestCase {
    private func network(width: Int = 5, examples: Int = 7, seed: UInt64 = 3) -> (TanhRegressionNetwork, Tensor) {
        var rng = RNG(seed: seed)
        let X = rng.normal([examples, 2]), y = rng.normal([examples])
        let net = TanhRegressionNetwork(inputs: X, targets: y, width: width)
        var theta = net.initialParameters(rng: &rng)
        // Non-zero biases so that every term of the derivatives is exercised.
        for j in 0..<width { theta[2 * width + j] = 0.3 * rng.normal([1])[0] }
        return (net, theta)
    }

    /// The same loss written with the autodiff `Var` operations.
    private func autodiffLoss(_ net: TanhRegressionNetwork) -> (Var) -> Var {
        let (d, m) = (net.inputDimension, net.width)
        return { theta in
            let W = theta[0..<(d * m)].reshaped([d, m])
            let b = theta[(d * m)..<((d + 1) * m)]
            let v = theta[((d + 1) * m)..<((d + 2) * m)].reshaped([m, 1])
            let f = tanh(Var(net.inputs).matmul(W) + b).matmul(v) / Double(m).squareRoot()
            return 0.5 * mse(f.reshaped([net.exampleCount]), net.targets)
        }
    }

    func testLossAndGradientMatchAutodiff() {
        let (net, theta) = network()
        let (value, gradient) = valueAndGrad(autodiffLoss(net), at: theta)
        let mine = net.lossAndGradient(theta)
        XCTAssertEqual(mine.loss, value, accuracy: 1e-13)
        XCTAssertEqual(net.loss(theta), value, accuracy: 1e-13)
        XCTAssertLessThan((mine.gradient - gradient).norm(), 1e-12 * gradient.norm())
    }

    func testGradientMatchesFiniteDifferences() {
        let (net, theta) = network()
        let g = net.lossAndGradient(theta).gradient
        let h = 1e-6
        for i in stride(from: 0, to: net.parameterCount, by: 3) {
            var plus = theta, minus = theta
            plus[i] += h
            minus[i] -= h
            XCTAssertEqual(g[i], (net.loss(plus) - net.loss(minus)) / (2 * h), accuracy: 1e-8)
        }
    }

    func testHessianVectorProductMatchesAutodiff() {
        let (net, theta) = network()
        var rng = RNG(seed: 11)
        let u = rng.normal([net.parameterCount])
        let expected = hvp(autodiffLoss(net), at: theta, u)
        XCTAssertLessThan((net.hessianVectorProduct(theta, u) - expected).norm(), 1e-12 * expected.norm())
    }

    /// The tracked sharpness at step 0 is the top eigenvalue of the explicit Hessian.
    func testTrackedSharpnessIsTheTopHessianEigenvalue() throws {
        let (net, theta) = network(width: 8, examples: 20)
        let P = net.parameterCount
        var H = Tensor.zeros([P, P])
        for j in 0..<P {
            var e = Tensor.zeros([P])
            e[j] = 1
            let column = net.hessianVectorProduct(theta, e)
            for i in 0..<P { H[i, j] = column[i] }
        }
        let (values, _) = try H.symmetricEigen()
        let top = values.scalars.max { abs($0) < abs($1) }!
        let run = net.gradientDescentWithSharpness(from: theta, stepSize: 0.01, steps: 0, coldIterations: 2000)
        XCTAssertEqual(run.sharpness[0], top, accuracy: 1e-6 * abs(top))
    }

    /// Small steps decrease the loss monotonically; the run records what it says.
    func testSmallStepGradientDescentDescends() {
        let (net, theta) = network(width: 16, examples: 30)
        let run = net.gradientDescentWithSharpness(from: theta, stepSize: 0.05, steps: 100, sharpnessEvery: 25)
        XCTAssertEqual(run.losses.count, 101)
        XCTAssertEqual(run.sharpnessSteps, [0, 25, 50, 75, 100])
        for t in 1..<run.losses.count { XCTAssertLessThan(run.losses[t], run.losses[t - 1]) }
        XCTAssertEqual(run.losses[100], net.loss(run.finalParameters), accuracy: 1e-15)
    }
}
