import XCTest
import Engine

final class MomentumDynamicsTests: XCTestCase {
    private let methods: [MomentumMethod] = [.gradientDescent, .heavyBall(momentum: 0.7), .nesterov(momentum: 0.6)]

    /// The companion matrix reproduces two steps of the recurrence on f(x) = λx²/2.
    func testIterationMatrixMatchesTheRecurrence() {
        let lambda = 1.7, alpha = 0.3
        for method in methods {
            let path = method.trajectory(gradient: { lambda * $0 }, start: 0.8, stepSize: alpha, steps: 3)
            let T = method.iterationMatrix(stepSize: alpha, curvature: lambda)
            let predicted = T.matmul(Tensor([path[2], path[1]]))
            XCTAssertEqual(predicted[0], path[3], accuracy: 1e-14, "\(method)")
            XCTAssertEqual(predicted[1], path[2], accuracy: 1e-14, "\(method)")
        }
    }

    /// Polyak's tuning puts both extreme curvatures on the circle |z| = √β, so every
    /// curvature in [μ, L] contracts at exactly that rate.
    func testOptimalHeavyBallHasRateRootBetaOnTheWholeSpectrum() throws {
        let tuning = HeavyBallTuning(smallestCurvature: 0.01, largestCurvature: 1)
        XCTAssertEqual(tuning.rate, 9 / 11, accuracy: 1e-14)
        for lambda in stride(from: 0.01, through: 1.0, by: 0.07) {
            let T = MomentumMethod.heavyBall(momentum: tuning.momentum)
                .iterationMatrix(stepSize: tuning.stepSize, curvature: lambda)
            XCTAssertEqual(try T.spectralRadius(), tuning.rate, accuracy: 1e-6)
        }
    }

    func testRunAndFinalIterateAgreeWithTheScalarTrajectory() {
        let eigenvalues = [0.1, 1.0], start = [1.0, -2.0], alpha = 0.5
        let method = MomentumMethod.heavyBall(momentum: 0.5)
        let run = method.run(eigenvalues: eigenvalues, start: start, stepSize: alpha, steps: 20)
        let final = method.finalIterate(eigenvalues: eigenvalues, start: start, stepSize: alpha, steps: 20)
        let paths = eigenvalues.indices.map { i in
            method.trajectory(gradient: { eigenvalues[i] * $0 }, start: start[i], stepSize: alpha, steps: 20)
        }
        XCTAssertEqual(final[0], paths[0][20], accuracy: 1e-15)
        XCTAssertEqual(final[1], paths[1][20], accuracy: 1e-15)
        XCTAssertEqual(run.norms[20], (final[0] * final[0] + final[1] * final[1]).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(run.losses[20], 0.05 * final[0] * final[0] + 0.5 * final[1] * final[1], accuracy: 1e-15)
    }

    /// Gradient descent with α = 1/λ on one coordinate solves it in one step.
    func testStepsToToleranceCountsSteps() {
        let gd = MomentumMethod.gradientDescent
        XCTAssertEqual(gd.stepsToTolerance(eigenvalues: [2], start: [1], stepSize: 0.5, tolerance: 1e-6, maxSteps: 10), 1)
        // (1 − 0.5)^t ≤ 1e-3 first at t = 10.
        XCTAssertEqual(gd.stepsToTolerance(eigenvalues: [1], start: [1], stepSize: 0.5, tolerance: 1e-3, maxSteps: 100), 10)
        XCTAssertNil(gd.stepsToTolerance(eigenvalues: [1], start: [1], stepSize: 2.5, tolerance: 1e-3, maxSteps: 100))
    }
}
