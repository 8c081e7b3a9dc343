import XCTest
import Engine

final class ModelTests: XCTestCase {
    func testSeededInitializationIsDeterministicAndShaped() {
        var a = RNG(seed: 1), b = RNG(seed: 1)
        let m1 = MLP(widths: [2, 3, 1], rng: &a), m2 = MLP(widths: [2, 3, 1], rng: &b)
        XCTAssertEqual(m1.flatParameters, m2.flatParameters)
        XCTAssertEqual(m1.parameters.map(\.shape), [[2, 3], [3], [3, 1], [1]])
        XCTAssertEqual(m1.parameterCount, 2 * 3 + 3 + 3 + 1)
    }

    func testFlatParametersRoundTrip() {
        var rng = RNG(seed: 2)
        var model = MLP(widths: [4, 5, 3], rng: &rng)
        let theta = rng.normal([model.parameterCount])
        model.flatParameters = theta
        XCTAssertEqual(model.flatParameters, theta)
        XCTAssertEqual(model.unflatten(theta)[2].shape, [5, 3])
    }

    func testStandardAndNTKComputeTheSameFunctionAtInitInDistribution() {
        // With W_ntk = W_std · √fan_in / σ_w and b_ntk = b_std / σ_b both give the same outputs.
        var rng = RNG(seed: 4)
        let standard = MLP(widths: [3, 8, 2], activation: .tanh, parameterization: .standard, biasScale: 0.1, rng: &rng)
        var rng2 = RNG(seed: 4)
        var ntk = MLP(widths: [3, 8, 2], activation: .tanh, parameterization: .ntk, biasScale: 0.1, rng: &rng2)
        ntk.parameters = standard.parameters.enumerated().map { k, p in
            k % 2 == 0 ? p * Double(standard.widths[k / 2]).squareRoot() : p / 0.1
        }
        let X = rng.normal([4, 3])
        XCTAssertTrue(ntk(X).isApproximatelyEqual(to: standard(X), tolerance: 1e-12))
    }

    func testForwardMatchesHandComputation() {
        var rng = RNG(seed: 6)
        let model = MLP(widths: [2, 3, 1], activation: .relu, rng: &rng)
        let X = rng.normal([5, 2])
        let p = model.parameters
        let expected = relu(X.matmul(p[0]) + p[1]).matmul(p[2]) + p[3]
        XCTAssertTrue(model(X).isApproximatelyEqual(to: expected, tolerance: 1e-14))
    }
}
