import Foundation

/// Why a quadratic program has no solution the solver could return.
public enum QuadraticProgramError: Error, CustomStringConvertible, Equatable {
    /// The objective decreases without bound along a feasible ray (for the dual of a
    /// hard-margin SVM: the data are not linearly separable).
    case unbounded
    /// The active-set iteration did not finish within the allowed number of steps.
    case noConvergence(iterations: Int)

    public var description: String {
        switch self {
        case .unbounded:
            return "the quadratic program is unbounded below on the feasible set"
        case .noConvergence(let iterations):
            return "the active-set method did not converge in \(iterations) iterations"
        }
    }
}

/// The solution of `min ½ xᵀQx + cᵀx subject to x ≥ 0`, with the quantities that certify it.
public struct NonnegativeQPSolution: Sendable {
    /// The minimizer.
    public let x: Tensor
    /// The gradient `Qx + c` at the minimizer: the Lagrange multipliers of the bounds.
    /// At an optimum it is ≥ 0 everywhere and 0 where `x > 0` (complementary slackness).
    public let gradient: Tensor
    /// The objective value `½ xᵀQx + cᵀx`.
    public let objective: Double
    /// Indices with `x_i > 0` (the free set at the end).
    public let support: [Int]
    /// Active-set iterations used.
    public let iterations: Int
}

/// Solves the convex quadratic program `min ½ xᵀQx + cᵀx subject to x ≥ 0` exactly by a
/// primal active-set method (Nocedal & Wright, *Numerical Optimization*, Algorithm 16.3,
/// specialised to bound constraints).
///
/// `Q` must be symmetric positive semi-definite; it may be singular, as in the dual of a
/// support vector machine whose Gram matrix has rank at most the input dimension. Each
/// iteration minimizes the objective over the current free set (`x_i > 0`) with the other
/// coordinates held at 0: through the eigendecomposition of the free block, a Newton step
/// when the gradient lies in its range, otherwise a ray of zero curvature along which the
/// objective falls linearly. A step is cut where a free coordinate reaches 0 (it becomes
/// fixed); when no step is possible, the fixed coordinate with the most negative
/// multiplier is released. The result satisfies the KKT conditions to `tolerance`
/// (relative to the scale of `Q` and `c`).
///
/// - Throws: `QuadraticProgramError.unbounded` when the objective has no lower bound on
///   `x ≥ 0`, `.noConvergence` after `maxIterations` steps, and `LinearAlgebraError`
///   when an eigendecomposition fails.
public func solveNonnegativeQP(_ Q: Tensor, _ c: Tensor, tolerance: Double = 1e-12,
                               maxIterations: Int? = nil) throws -> NonnegativeQPSolution {
    let n = c.count
    precondition(Q.shape == [n, n], "solveNonnegativeQP: Q has shape \(Q.shape), expected [\(n), \(n)]")
    let q = Q.scalars, linear = c.scalars
    let largestEntry: Double = q.map { Swift.abs($0) }.max() ?? 0
    let largestLinear: Double = linear.map { Swift.abs($0) }.max() ?? 0
    let scale = Swift.max(1, largestEntry, largestLinear)
    let limit = maxIterations ?? 10 * n + 50
    var x = [Double](repeating: 0, count: n)
    var fixed = [Bool](repeating: true, count: n)

    func gradient() -> [Double] {
        var g = linear
        for i in 0..<n {
            for j in 0..<n { g[i] += q[i * n + j] * x[j] }
        }
        return g
    }

    for iteration in 0..<limit {
        let g = gradient()
        let free = (0..<n).filter { !fixed[$0] }
        let (step, isRay) = try freeSetStep(q, n: n, free: free, gradient: g, scale: scale, tolerance: tolerance)
        let stepNorm = euclideanNorm(step), xNorm = euclideanNorm(x)
        if stepNorm <= tolerance * (1 + xNorm) {
            // Optimal on the free set: check the multipliers of the fixed coordinates.
            let candidates = (0..<n).filter { fixed[$0] }
            guard let release = candidates.min(by: { g[$0] < g[$1] }), g[release] < -tolerance * scale else {
                let finalGradient = Tensor(g)
                var objective = 0.0
                for i in 0..<n { objective += 0.5 * x[i] * (g[i] + linear[i]) }
                return NonnegativeQPSolution(x: Tensor(x), gradient: finalGradient, objective: objective,
                                             support: free, iterations: iteration)
            }
            fixed[release] = false
            continue
        }
        // Ratio test: the longest step that keeps every free coordinate non-negative.
        var length = isRay ? Double.infinity : 1.0
        var blocking: Int?
        for (k, i) in free.enumerated() where step[k] < 0 {
            let candidate = -x[i] / step[k]
            if candidate < length { length = candidate; blocking = i }
        }
        guard length.isFinite else { throw QuadraticProgramError.unbounded }
        for (k, i) in free.enumerated() { x[i] = Swift.max(0, x[i] + length * step[k]) }
        if let blocking {
            x[blocking] = 0
            fixed[blocking] = true
        }
    }
    throw QuadraticProgramError.noConvergence(iterations: limit)
}

/// The step on the free coordinates: the minimum-norm Newton step `−Q_FF⁺ g_F` when
/// `g_F` lies in the range of `Q_FF`, otherwise the ray `−(g_F's null-space component)`,
/// along which the objective decreases linearly (`isRay` is then true).
private func freeSetStep(_ q: [Double], n: Int, free: [Int], gradient g: [Double], scale: Double,
                         tolerance: Double) throws -> (step: [Double], isRay: Bool) {
    let m = free.count
    guard m > 0 else { return ([], false) }
    var block = [Double](repeating: 0, count: m * m)
    for (a, i) in free.enumerated() {
        for (b, j) in free.enumerated() { block[a * m + b] = q[i * n + j] }
    }
    let gFree = free.map { g[$0] }
    let (values, vectors) = try Tensor(shape: [m, m], scalars: block).symmetricEigen()
    let lambda = values.scalars, v = vectors.scalars
    let largest = Swift.max(lambda.last ?? 0, 0)
    let cutoff = Swift.max(largest, scale) * 1e-10
    var newton = [Double](repeating: 0, count: m), nullPart = [Double](repeating: 0, count: m)
    for k in 0..<m {
        var projection = 0.0
        for a in 0..<m { projection += v[a * m + k] * gFree[a] }
        for a in 0..<m {
            if lambda[k] > cutoff {
                newton[a] -= projection / lambda[k] * v[a * m + k]
            } else {
                nullPart[a] -= projection * v[a * m + k]
            }
        }
    }
    let nullNorm = euclideanNorm(nullPart)
    if nullNorm > Swift.max(tolerance, 1e-9) * scale { return (nullPart, true) }
    return (newton, false)
}

private func euclideanNorm(_ v: [Double]) -> Double {
    var sum = 0.0
    for value in v { sum += value * value }
    return sum.squareRoot()
}
