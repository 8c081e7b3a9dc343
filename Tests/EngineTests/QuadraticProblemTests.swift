import XCTest
import Engine
import Foundation

final class QuadraticProblemTests: XCTestCase {
    private func assertClose(_ a: Tensor, _ b: Tensor, _ tolerance: Double,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.shape, b.shape, file: file, line: line)
        let error = (a - b).norm()
        XCTAssertLessThanOrEqual(error, tolerance, "expected \(b.scalars.prefix(4))…, observed \(a.scalars.prefix(4))…, "
                          + "‖difference‖ = \(error) (tolerance \(tolerance))", file: file, line: line)
    }

    func testDiagonalQuadraticHasKnownSpectrumAndSteps() throws {
        let problem = try QuadraticProblem(hessian: Tensor.diag([10, 1]), minimizer: [1, -2], minimum: 3)
        XCTAssertEqual(problem.eigenvalues.scalars, [1, 10])
        XCTAssertEqual(problem.conditionNumber, 10)
        XCTAssertEqual(problem.stabilityLimit, 0.2, accuracy: 1e-15)
        XCTAssertEqual(problem.optimalStepSize, 2.0 / 11, accuracy: 1e-15)
        XCTAssertEqual(problem.convergenceRate(stepSize: problem.optimalStepSize), 9.0 / 11, accuracy: 1e-14)
        XCTAssertEqual(problem.minimum, 3, accuracy: 1e-13)
        XCTAssertEqual(problem.value([2, -2]), 3 + 5, accuracy: 1e-13)
        XCTAssertEqual(problem.excessValue([2, -2]), 5, accuracy: 1e-13)
        assertClose(problem.gradient([2, -1]), [10, 1], 1e-13)
        // One step with α = 0.1 removes the error along the λ = 10 direction entirely.
        assertClose(problem.gradientDescentStep([2, -1], stepSize: 0.1), [1, -1.1], 1e-14)
    }

    func testLeastSquaresMatchesItsDefinition() throws {
        var rng = RNG(seed: 11)
        let X = rng.normal(rows: 40, cols: 6), y = rng.normal(40)
        let problem = try QuadraticProblem.leastSquares(X, y)
        let w = rng.normal(6)
        let residual = X.matmul(w) - y
        XCTAssertEqual(problem.value(w), residual.dot(residual) / 80, accuracy: 1e-12)
        assertClose(problem.gradient(w), X.matmul(residual, transposeSelf: true) / 40, 1e-12)
        assertClose(problem.minimizer, try X.leastSquares(y), 1e-12)
        // The normal equations hold at the minimizer.
        assertClose(problem.gradient(problem.minimizer), Tensor.zeros(6), 1e-12)
        // A finite-difference check of the gradient along a random direction.
        let v = rng.normal(6), h = 1e-5
        let slope = (problem.value(w + h * v) - problem.value(w - h * v)) / (2 * h)
        XCTAssertEqual(slope, problem.gradient(w).dot(v), accuracy: 1e-8)
    }

    func testGradientDescentMatchesClosedForm() throws {
        var rng = RNG(seed: 12)
        let X = rng.normal(rows: 30, cols: 8), y = rng.normal(30)
        let problem = try QuadraticProblem.leastSquares(X, y)
        let start = rng.normal(8)
        let alpha = 1.5 / problem.largestEigenvalue
        let path = problem.gradientDescent(from: start, stepSize: alpha, steps: 60)
        XCTAssertEqual(path.count, 61)
        assertClose(path[0], start, 0)
        for t in [1, 7, 60] {
            assertClose(path[t], problem.gradientDescentIterate(from: start, stepSize: alpha, step: t), 1e-11)
        }
        // Each eigen-coordinate of the error is multiplied by 1 − αλ_i per step.
        let e0 = problem.eigenCoordinates(start - problem.minimizer)
        let e5 = problem.eigenCoordinates(path[5] - problem.minimizer)
        let factors = problem.stepFactors(stepSize: alpha)
        assertClose(e5, e0 * factors.map { pow($0, 5) }, 1e-11)
    }

    func testStabilityThreshold() throws {
        let problem = try QuadraticProblem(hessian: Tensor.diag([4, 1]), minimizer: [0, 0])
        let start: Tensor = [1, 1]
        let below = problem.gradientDescentIterate(from: start, stepSize: 0.49, step: 400)
        let above = problem.gradientDescentIterate(from: start, stepSize: 0.51, step: 400)
        XCTAssertLessThan(below.norm(), 1e-3)
        XCTAssertGreaterThan(above.norm(), 1e3)
        XCTAssertLessThan(problem.convergenceRate(stepSize: 0.49), 1)
        XCTAssertGreaterThan(problem.convergenceRate(stepSize: 0.51), 1)
    }

    func testOverparameterizedGradientDescentFindsMinimumNorm() throws {
        var rng = RNG(seed: 13)
        let X = rng.normal(rows: 10, cols: 25), y = rng.normal(10)
        let problem = try QuadraticProblem.leastSquares(X, y)
        XCTAssertEqual(problem.hessianRank, 10)
        XCTAssertEqual(problem.eigenvalues.scalars.filter { $0 == 0 }.count, 15)
        assertClose(problem.minimizer, try X.pseudoInverse().matmul(y), 1e-11)
        let alpha = 1 / problem.largestEigenvalue
        let path = problem.gradientDescent(from: Tensor.zeros(25), stepSize: alpha, steps: 3000)
        assertClose(path.last!, problem.minimizer, 1e-9)
        // From a random start, the null-space part of the start survives.
        let start = rng.normal(25)
        let projector = try X.pseudoInverse().matmul(X)
        let limit = problem.minimizer + start - projector.matmul(start)
        let end = problem.gradientDescent(from: start, stepSize: alpha, steps: 3000).last!
        assertClose(end, limit, 1e-9)
        assertClose(problem.gradientDescentIterate(from: start, stepSize: alpha, step: 3000), limit, 1e-9)
    }

    func testGradientFlowAndRidge() throws {
        var rng = RNG(seed: 14)
        let X = rng.normal(rows: 20, cols: 5), y = rng.normal(20)
        let problem = try QuadraticProblem.leastSquares(X, y)
        let start = rng.normal(5)
        assertClose(problem.gradientFlow(from: start, time: 0), start, 1e-12)
        assertClose(problem.gradientFlow(from: start, time: 1e4), problem.minimizer, 1e-10)
        // Small-step gradient descent approaches the flow: t/α steps of size α.
        let flow = problem.gradientFlow(from: start, time: 2)
        let gd = problem.gradientDescentIterate(from: start, stepSize: 1e-4, step: 20_000)
        XCTAssertLessThan((gd - flow).norm(), 1e-3 * flow.norm())
        // Ridge solves (H + γI) w = b.
        let gamma = 0.3
        let ridge = problem.ridgeSolution(strength: gamma)
        assertClose(problem.hessian.matmul(ridge) + gamma * ridge, problem.linearTerm, 1e-12)
        let direct = try (problem.hessian + gamma * Tensor.eye(5)).solve(problem.linearTerm)
        assertClose(ridge, direct, 1e-12)
    }

    func testShapeErrorsAreThrown() {
        XCTAssertThrowsError(try QuadraticProblem(hessian: Tensor.zeros([2, 3]), linearTerm: [1, 2]))
        XCTAssertThrowsError(try QuadraticProblem(hessian: Tensor.eye(2), linearTerm: [1, 2, 3]))
        XCTAssertThrowsError(try QuadraticProblem.leastSquares(Tensor.zeros([4, 2]), Tensor.zeros(3)))
    }
}
