/// The dominant eigenvalue of a symmetric operator by power iteration, and the sharpness
/// (top Hessian eigenvalue) of a loss built on it.

/// An eigenvalue estimate with its unit eigenvector.
public struct EigenEstimate: Sendable {
    public let value: Double
    public let vector: Tensor
    /// Matrix-vector products used.
    public let iterations: Int
}

/// Power iteration on `matvec` (symmetric, `dimension × dimension`) from a seeded random
/// start: returns the eigenvalue of largest magnitude (the Rayleigh quotient) and its
/// eigenvector. Stops when the estimate changes by less than `tolerance` (relative);
/// throws `CurvatureError.notConverged` if that has not happened after `iterations` steps.
/// Convergence is geometric in `|λ₂/λ₁|`, slow when the top eigenvalues are close.
public func powerIteration(_ matvec: (Tensor) -> Tensor, dimension: Int, iterations: Int = 100,
                           tolerance: Double = 1e-6, seed: UInt64 = 0) throws -> EigenEstimate {
    var rng = RNG(seed: seed)
    var v = rng.normal([dimension])
    v /= v.norm()
    var estimate = 0.0, change = Double.infinity
    for k in 1...Swift.max(iterations, 1) {
        let (next, direction) = powerStep(matvec, v)
        change = Swift.abs(next - estimate) / Swift.max(Swift.abs(next), 1e-300)
        estimate = next
        guard let direction else { return EigenEstimate(value: 0, vector: v, iterations: k) }
        v = direction
        if change < tolerance { return EigenEstimate(value: estimate, vector: v, iterations: k) }
    }
    throw CurvatureError.notConverged(method: "powerIteration", iterations: iterations, residual: change)
}

/// Exactly `steps` power iterations from the unit vector `start`, without a convergence
/// test: for tracking an eigenvalue that changes slowly (the sharpness during training),
/// where warm-starting from the last eigenvector makes a few steps enough. Stops early
/// only if `matvec` returns zero.
public func powerIteration(_ matvec: (Tensor) -> Tensor, from start: Tensor, steps: Int) -> EigenEstimate {
    var v = start, estimate = 0.0
    for k in 0..<steps {
        let (next, direction) = powerStep(matvec, v)
        estimate = next
        guard let direction else { return EigenEstimate(value: estimate, vector: v, iterations: k + 1) }
        v = direction
    }
    return EigenEstimate(value: estimate, vector: v, iterations: steps)
}

/// One step from the unit vector `v`: the Rayleigh quotient `vᵀAv` and `Av/‖Av‖` (nil when `Av = 0`).
private func powerStep(_ matvec: (Tensor) -> Tensor, _ v: Tensor) -> (estimate: Double, next: Tensor?) {
    let Av = matvec(v)
    let length = Av.norm()
    return (v.dot(Av), length == 0 ? nil : Av / length)
}

/// The sharpness of `f` at `x`: the eigenvalue of largest magnitude of its Hessian
/// (the top eigenvalue whenever the Hessian is not dominated by negative curvature), by
/// power iteration on exact Hessian-vector products. Gradient descent with step size η is
/// unstable along directions where this exceeds 2/η.
public func sharpness(_ f: (Var) -> Var, at x: Tensor, iterations: Int = 100,
                      tolerance: Double = 1e-6, seed: UInt64 = 0) throws -> Double {
    try powerIteration({ hvp(f, at: x, $0.reshaped(x.shape)).flattened }, dimension: x.count,
                       iterations: iterations, tolerance: tolerance, seed: seed).value
}
