import Foundation

/// Steps-to-target on the noisy quadratic model without stepping through every update.
///
/// Per coordinate, the pair `xₜ = (θₜ, θₜ₋₁)` evolves as `xₜ₊₁ = A xₜ + noise` with
/// `A = [[r, −β], [1, 0]]`, so its second-moment matrix `Sₜ = E[xₜ xₜᵀ]` satisfies
/// `Sₜ − S∞ = Aᵗ (S₀ − S∞) (Aᵗ)ᵀ`, and `E[θₜ²] = u∞ + eᵀ Aᵗ (S₀ − S∞) (Aᵗ)ᵀ e` with
/// `e = (1, 0)`. The stationary matrix has `u∞ = q (1 + β) / ((1 − β)((1 + β)² − r²))` on the
/// diagonal and `v∞ = r u∞ / (1 + β)` off it. The powers `A^(2ᵏ)` come from repeated squaring
/// and `t` is built bit by bit (binary lifting), so a search over `t ≤ 2⁶⁰` costs about 120
/// small matrix products per coordinate instead of `t` updates.
extension NoisyQuadratic {
    /// The exact expected loss `E[L(θₜ)]` after `t` updates from `θ₀` (with `θ₋₁ = θ₀`), in
    /// `O(dimension · log t)` operations. Infinite when the optimizer is unstable and `t > 0`.
    public func expectedLoss(after t: Int, _ optimizer: NQMOptimizer, batchSize: Int, from theta0: [Double]) -> Double {
        precondition(t >= 0, "NoisyQuadratic.expectedLoss: t must be ≥ 0, got \(t)")
        if t == 0 { return loss(theta0) }
        guard isStable(optimizer) else { return .infinity }
        let lifting = PowerLifting(problem: self, optimizer: optimizer, batchSize: batchSize, start: theta0)
        var row = lifting.unitRows
        var remaining = t
        var power = lifting.base
        while remaining > 0 {
            if remaining & 1 == 1 { lifting.advance(&row, by: power) }
            remaining >>= 1
            if remaining > 0 { power = PowerLifting.square(power) }
        }
        return lifting.loss(rows: row)
    }

    /// The number of updates until the expected loss first falls to `target` or below, found
    /// by repeated doubling of `t` and then bisection (binary lifting on `Aᵗ`).
    ///
    /// Returns 0 if `L(θ₀) ≤ target`, and `nil` if the optimizer is unstable or the loss is
    /// still above `target` after `maxSteps` updates (for a stable optimizer the loss tends to
    /// `stationaryLoss`, so a target below the noise floor is never reached).
    ///
    /// The bisection assumes that the expected loss crosses `target` once. That holds for SGD
    /// (each coordinate's `E[θᵢ²]` moves monotonically towards its stationary value); with
    /// momentum in its oscillatory regime the loss can ripple, and the result is a crossing
    /// inside the first power-of-two interval `(2ᵏ⁻¹, 2ᵏ]` whose end is below target.
    public func stepsToTarget(_ target: Double, _ optimizer: NQMOptimizer, batchSize: Int, from theta0: [Double],
                              maxSteps: Int = 1 << 50) -> Int? {
        precondition(maxSteps >= 1, "NoisyQuadratic.stepsToTarget: maxSteps must be ≥ 1")
        if loss(theta0) <= target { return 0 }
        guard isStable(optimizer) else { return nil }
        let lifting = PowerLifting(problem: self, optimizer: optimizer, batchSize: batchSize, start: theta0)
        // Doubling: powers[k] = A^(2ᵏ) until L(2ᵏ) ≤ target.
        var powers = [lifting.base]
        while true {
            let k = powers.count - 1
            var row = lifting.unitRows
            lifting.advance(&row, by: powers[k])
            if lifting.loss(rows: row) <= target { break }
            if (1 << (k + 1)) > maxSteps { return nil }
            powers.append(PowerLifting.square(powers[k]))
        }
        // Bisection: the largest t < 2ᴷ with L(t) > target, built from the high bit down.
        var row = lifting.unitRows
        var t = 0
        for k in stride(from: powers.count - 2, through: 0, by: -1) {
            var candidate = row
            lifting.advance(&candidate, by: powers[k])
            if lifting.loss(rows: candidate) > target {
                row = candidate
                t += 1 << k
            }
        }
        let steps = t + 1
        return steps <= maxSteps ? steps : nil
    }
}

/// Per-coordinate 2×2 matrices and the first rows of their powers, stored as flat arrays
/// (struct of arrays) for the binary-lifting search.
struct PowerLifting {
    /// A 2×2 matrix per coordinate, `[[m00, m01], [m10, m11]]`.
    struct Matrices {
        var m00: [Double], m01: [Double], m10: [Double], m11: [Double]
    }

    /// The first row `eᵀ Aᵗ` per coordinate.
    struct Rows {
        var p0: [Double], p1: [Double]
    }

    let curvatures: [Double]
    /// `u∞`, and `S₀ − S∞` per coordinate.
    let stationary: [Double], d00: [Double], d01: [Double], d11: [Double]
    /// `A` per coordinate.
    let base: Matrices

    init(problem: NoisyQuadratic, optimizer: NQMOptimizer, batchSize: Int, start theta0: [Double]) {
        precondition(batchSize > 0, "NoisyQuadratic: batch size must be positive, got \(batchSize)")
        precondition(theta0.count == problem.dimension,
                     "NoisyQuadratic: start has \(theta0.count) entries, problem has \(problem.dimension)")
        let n = problem.dimension, beta = optimizer.momentum, b = Double(batchSize)
        let a = optimizer.steps(dimension: n)
        var u = [Double](repeating: 0, count: n), d00 = u, d01 = u, d11 = u, r = u
        for i in 0..<n {
            r[i] = 1 + beta - a[i] * problem.curvatures[i]
            let q = a[i] * a[i] * problem.noiseVariances[i] / b
            u[i] = q * (1 + beta) / ((1 - beta) * ((1 + beta) * (1 + beta) - r[i] * r[i]))
            let v = r[i] * u[i] / (1 + beta)
            let s = theta0[i] * theta0[i]
            d00[i] = s - u[i]
            d01[i] = s - v
            d11[i] = s - u[i]
        }
        curvatures = problem.curvatures
        stationary = u
        self.d00 = d00
        self.d01 = d01
        self.d11 = d11
        base = Matrices(m00: r, m01: Array(repeating: -beta, count: n),
                        m10: Array(repeating: 1, count: n), m11: Array(repeating: 0, count: n))
    }

    /// `eᵀ A⁰ = (1, 0)` for every coordinate.
    var unitRows: Rows {
        Rows(p0: Array(repeating: 1, count: curvatures.count), p1: Array(repeating: 0, count: curvatures.count))
    }

    /// `row ← row · M` per coordinate.
    func advance(_ row: inout Rows, by m: Matrices) {
        for i in 0..<curvatures.count {
            let x = row.p0[i], y = row.p1[i]
            row.p0[i] = x * m.m00[i] + y * m.m10[i]
            row.p1[i] = x * m.m01[i] + y * m.m11[i]
        }
    }

    /// `M²` per coordinate.
    static func square(_ m: Matrices) -> Matrices {
        var out = m
        for i in 0..<m.m00.count {
            let a = m.m00[i], b = m.m01[i], c = m.m10[i], d = m.m11[i]
            out.m00[i] = a * a + b * c
            out.m01[i] = a * b + b * d
            out.m10[i] = c * a + d * c
            out.m11[i] = c * b + d * d
        }
        return out
    }

    /// `Σᵢ ½ hᵢ (u∞ + p (S₀ − S∞) pᵀ)` for the rows `p = eᵀ Aᵗ`.
    func loss(rows p: Rows) -> Double {
        var total = 0.0
        for i in 0..<curvatures.count {
            let x = p.p0[i], y = p.p1[i]
            let second = stationary[i] + x * x * d00[i] + 2 * x * y * d01[i] + y * y * d11[i]
            total += 0.5 * curvatures[i] * second
        }
        return total
    }
}
