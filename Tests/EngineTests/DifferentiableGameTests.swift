import XCTest
import Engine

final class DifferentiableGameTests: XCTestCase {
    /// f(x, y) = x₀y + x₁²y/2 + tanh(x₀)·y² − y⁴/4 + x₀²/2: non-quadratic, with an equilibrium at 0.
    private let game = DifferentiableGame(split: 2) { z in
        let x0: Var = z[0..<1], x1: Var = z[1..<2], y: Var = z[2..<3]
        let bilinear: Var = x0 * y + 0.5 * x1 * x1 * y
        let higher: Var = tanh(x0) * y * y - 0.25 * y * y * y * y
        return (bilinear + higher + 0.5 * x0 * x0).sum()
    }
    private let point = Tensor([0.3, -0.7, 0.5])

    private func value(_ z: Tensor) -> Double { game.objective(Var(z)).scalar }

    private func finiteDifference(_ f: @escaping (Tensor) -> Tensor, at z: Tensor, h: Double = 1e-6) -> Tensor {
        var columns: [Tensor] = []
        for i in 0..<z.count {
            var plus = z, minus = z
            plus[i] += h
            minus[i] -= h
            columns.append((f(plus) - f(minus)) / (2 * h))
        }
        var J = Tensor.zeros([columns[0].count, z.count])
        for (j, c) in columns.enumerated() { for i in 0..<c.count { J[i, j] = c[i] } }
        return J
    }

    func testFieldIsGradientWithTheMaximizerFlipped() {
        let gradient = finiteDifference({ Tensor([self.value($0)]) }, at: point).reshaped([3])
        let expected = gradient * Tensor([1, 1, -1])
        XCTAssertLessThan((game.field(point) - expected).norm(), 1e-8)
    }

    func testJacobianMatchesFiniteDifferencesOfTheField() {
        let fd = finiteDifference(game.field, at: point)
        XCTAssertLessThan((game.jacobian(point) - fd).norm(), 1e-7)
    }

    func testConsensusDirectionIsJacobianTransposeTimesField() {
        let expected = game.jacobian(point).matmul(game.field(point), transposeSelf: true)
        XCTAssertLessThan((game.consensusDirection(point) - expected).norm(), 1e-12)
    }

    func testLinearizationMatchesOneStepAroundTheEquilibrium() {
        let star = Tensor.zeros([3]), alpha = 0.2
        let methods: [GameMethod] = [.simultaneous, .alternating, .extragradient, .consensus(gamma: 0.5),
                                     .symplecticAdjustment(lambda: 0.7)]
        for method in methods {
            let step = { (z: Tensor) in self.game.trajectory(method, from: z, stepSize: alpha, steps: 1)[1] }
            let fd = finiteDifference(step, at: star)
            XCTAssertLessThan((game.linearization(method, at: star, stepSize: alpha) - fd).norm(), 1e-7, "\(method)")
        }
    }

    func testOptimisticLinearizationOnABilinearGame() {
        let bilinear = DifferentiableGame(split: 1) { z in (z[0..<1] * z[1..<2]).sum() }
        let alpha = 0.1, z0 = Tensor([1.0, 0.5])
        let path = bilinear.trajectory(.optimistic, from: z0, stepSize: alpha, steps: 6)
        let M = bilinear.linearization(.optimistic, at: Tensor.zeros([2]), stepSize: alpha)
        // The first optimistic step is plain GDA (ξ(z₋₁) = ξ(z₀)); afterwards the pair evolves by M.
        var state = Tensor([path[1][0], path[1][1], path[0][0], path[0][1]])
        for t in 2...6 {
            state = M.matmul(state)
            XCTAssertLessThan((state[0..<2] - path[t]).norm(), 1e-13)
        }
    }

    func testSimultaneousPlaySpiralsOutOnTheBilinearGame() {
        let bilinear = DifferentiableGame(split: 1) { z in (z[0..<1] * z[1..<2]).sum() }
        let alpha = 0.1
        let path = bilinear.trajectory(.simultaneous, from: Tensor([1, 0]), stepSize: alpha, steps: 50)
        XCTAssertEqual(path[50].norm(), pow(1 + alpha * alpha, 25), accuracy: 1e-12)
        let rho = try? bilinear.linearization(.simultaneous, at: Tensor.zeros([2]), stepSize: alpha).spectralRadius()
        XCTAssertEqual(rho ?? 0, (1 + alpha * alpha).squareRoot(), accuracy: 1e-14)
    }
}
