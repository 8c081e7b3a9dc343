import XCTest
import Engine

/// The arc-cosine kernels against Monte Carlo and a wide network, and the closed-form kernel
/// dynamics against iterating gradient descent.
final class InfiniteWidthTests: XCTestCase {
    func testReLUKernelsSpecialAngles() {
        let u = Tensor(rows: [[0.6, 0.8, 0], [2, 0, 0]])
        let k = ReLUKernel.nngp(u, u), theta = ReLUKernel.ntk(u, u)
        // Same direction: E[relu(z)²] = ‖u‖²/2 and the NTK doubles it.
        XCTAssertEqual(k[0, 0], 0.5, accuracy: 1e-14)
        XCTAssertEqual(k[1, 1], 2, accuracy: 1e-14)
        XCTAssertEqual(theta[1, 1], 4, accuracy: 1e-14)
        // Opposite directions: relu(z) relu(−z) = 0, and relu'(z) relu'(−z) = 0.
        let opposite = Tensor(rows: [[1, 0, 0], [-3, 0, 0]])
        XCTAssertEqual(ReLUKernel.nngp(opposite, opposite)[0, 1], 0, accuracy: 1e-14)
        XCTAssertEqual(ReLUKernel.ntk(opposite, opposite)[0, 1], 0, accuracy: 1e-14)
        // Orthogonal unit vectors: 1/(2π) and the NTK adds nothing (uᵀu' = 0).
        let orthogonal = Tensor(rows: [[1, 0, 0], [0, 1, 0]])
        XCTAssertEqual(ReLUKernel.nngp(orthogonal, orthogonal)[0, 1], 1 / (2 * Double.pi), accuracy: 1e-14)
        XCTAssertEqual(ReLUKernel.angles(orthogonal, orthogonal)[0, 1], Double.pi / 2, accuracy: 1e-14)
    }

    func testReLUKernelsMatchMonteCarlo() {
        var rng = RNG(seed: 11)
        let U = rng.normal([4, 3])
        let samples = 200_000
        let W = rng.normal([3, samples])
        let Z = U.matmul(W)
        let A = relu(Z), D = Z .> 0.0
        let nngpMC = A.matmul(A, transposeOther: true) / Double(samples)
        let gateMC = D.matmul(D, transposeOther: true) / Double(samples)
        let ntkMC = nngpMC + U.matmul(U, transposeOther: true) * gateMC
        // Monte Carlo error ~ O(1/√samples) relative to the diagonal (≈ 0.002 here).
        let scale = ReLUKernel.nngp(U, U).max()
        XCTAssertLessThan(abs(nngpMC - ReLUKernel.nngp(U, U)).max() / scale, 0.02)
        XCTAssertLessThan(abs(ntkMC - ReLUKernel.ntk(U, U)).max() / scale, 0.04)
    }

    func testWideNetworkNTKApproachesReLUKernel() {
        var rng = RNG(seed: 12)
        let D = 4
        let X = rng.normal([6, D])
        let net = MLP(widths: [D, 8192, 1], activation: .relu, parameterization: .ntk,
                      weightScale: 1, biasScale: 0, rng: &rng)
        let empirical = empiricalNTK(net, X)
        let analytic = ReLUKernel.ntk(X / Double(D).squareRoot(), X / Double(D).squareRoot())
        // Fluctuations are O(m^{-1/2}) ≈ 1% of the entries at m = 8192.
        XCTAssertLessThan((empirical - analytic).norm() / analytic.norm(), 0.05)
    }

    func testKernelDynamicsMatchesIteratedGradientDescent() throws {
        var rng = RNG(seed: 13)
        let n = 8, p = 5, m = 3
        // A linear model with features J (p < n, so Θ has zero eigenvalues).
        let J = rng.normal([n, p]), Jtest = rng.normal([m, p])
        let f0 = rng.normal([n]), f0Test = rng.normal([m]), y = rng.normal([n])
        let kernel = J.matmul(J, transposeOther: true)
        let alpha = 0.3
        let dynamics = try KernelDynamics(kernel: kernel, initialOutputs: f0, targets: y, learningRate: alpha)
        var delta = Tensor.zeros([p])
        for _ in 0..<40 {
            let residual = f0 + J.matmul(delta) - y
            delta = delta - alpha / Double(n) * J.matmul(residual, transposeSelf: true)
        }
        XCTAssertTrue(dynamics.trainOutputs(step: 40).isApproximatelyEqual(to: f0 + J.matmul(delta), tolerance: 1e-10))
        let test = dynamics.outputs(step: 40, crossKernel: Jtest.matmul(J, transposeOther: true), initialOutputs: f0Test)
        XCTAssertTrue(test.isApproximatelyEqual(to: f0Test + Jtest.matmul(delta), tolerance: 1e-10))
        let residual = f0 + J.matmul(delta) - y
        XCTAssertEqual(dynamics.loss(step: 40), (residual * residual).sum() / Double(2 * n), accuracy: 1e-12)
    }
}
