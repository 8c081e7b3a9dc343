import Foundation
import XCTest
import Engine

/// Gradients through unrolled optimization: the validation loss after 20 SGD steps,
/// differentiated with respect to the (log) learning rate and the initial weights.
final class AutodiffHypergradientTests: XCTestCase {
    func testGradientThroughTwentyUnrolledSGDStepsMatchesFiniteDifferences() {
        var rng = RNG(seed: 1)
        let model = MLP(widths: [2, 6, 1], activation: .tanh, rng: &rng)
        let Xtrain = rng.normal([16, 2]), ytrain = sin(Xtrain[..., 0]).asColumn
        let Xval = rng.normal([8, 2]), yval = sin(Xval[..., 0]).asColumn
        let trainGradient = grad { (theta: Var) in mse(model.apply(theta, Xtrain), ytrain) }
        let theta0 = model.flatParameters

        // Hyperparameters: log learning rate, then the initial weights.
        let unrolled = { (h: Var) -> Var in
            let eta = exp(h[0..<1])
            var theta = h[1..<h.count]
            for _ in 0..<20 { theta = theta - eta * trainGradient(theta) }
            return mse(model.apply(theta, Xval), yval)
        }
        let h0 = Tensor.concatenate([Tensor([Foundation.log(0.3)]), theta0])
        let check = checkGradient(unrolled, at: h0, step: 1e-6)
        XCTAssertLessThan(check.relativeError, 1e-6, "\(check)")
        XCTAssertGreaterThan(Swift.abs(check.analytic[0]), 1e-4, "hypergradient should not vanish")
    }
}
