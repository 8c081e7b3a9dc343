import XCTest
import Engine

/// Tests for `ScaleInvariantLogistic`: the hand-written gradient against central finite
/// differences, the scale-invariance identities, and the angular equilibrium of SGD with
/// weight decay against its predicted value √(2αγ).
final class ScaleInvariantLogisticTests: XCTestCase {
    func makeProblem(seed: UInt64 = 1, n: Int = 200, d: Int = 6) -> ScaleInvariantLogistic {
        var rng = RNG(seed: seed)
        let X = rng.normal([n, d])
        let teacher = rng.normal(d)
        let y = Tensor(X.matmul(teacher).scalars.map { $0 + 0.5 * rng.normal() > 0 ? 1 : 0 })
        return ScaleInvariantLogistic(X: X, y: y, logitScale: 2)
    }

    func testGradientMatchesFiniteDifferences() {
        let problem = makeProblem()
        var rng = RNG(seed: 7)
        let w = rng.normal(6, std: 3), rows = [3, 17, 42, 99, 150]
        let g = problem.gradient(w, rows: rows)
        let h = 1e-6
        for j in 0..<6 {
            var plus = w, minus = w
            plus[j] += h
            minus[j] -= h
            let fd = (problem.loss(plus, rows: rows) - problem.loss(minus, rows: rows)) / (2 * h)
            XCTAssertEqual(g[j], fd, accuracy: 1e-7 * max(1, abs(fd)))
        }
    }

    func testScaleInvarianceIdentities() {
        let problem = makeProblem()
        var rng = RNG(seed: 3)
        let w = rng.normal(6)
        let g = problem.gradient(w)
        XCTAssertEqual(problem.loss(7 * w), problem.loss(w), accuracy: 1e-13)
        XCTAssertLessThan(abs(g.dot(w)) / (g.norm() * w.norm()), 1e-13)
        XCTAssertLessThan((problem.gradient(7 * w) * 7 - g).norm() / g.norm(), 1e-13)
    }

    func testWeightDecayReachesRotationalEquilibrium() {
        let problem = makeProblem()
        var rng = RNG(seed: 11)
        let (alpha, gamma) = (0.5, 2e-3)  // 3/(αγ) = 3000 steps
        let run = problem.sgdWithWeightDecay(from: rng.normal(6), learningRate: alpha, weightDecay: gamma,
                                             batchSize: 16, steps: 8000, rng: &rng)
        XCTAssertEqual(run.angularUpdates.count, 8000)
        XCTAssertEqual(run.norms.count, 8001)
        let tail = run.angularUpdates.suffix(2000)
        let mean = tail.reduce(0, +) / Double(tail.count)
        XCTAssertEqual(mean / (2 * alpha * gamma).squareRoot(), 1, accuracy: 0.1)
    }
}
