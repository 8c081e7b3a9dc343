/// The conjugate gradient method for `A x = b` with `A` symmetric positive definite, given
/// only as a matrix-vector product (a Hessian- or Gauss–Newton-vector product).
///
/// Stops when `‖b - A x‖ ≤ tolerance · ‖b‖`. Throws `CurvatureError.notConverged` after
/// `maxIterations` (default: the dimension) and `.notPositiveDefinite` when a search
/// direction has `pᵀAp ≤ 0`.
public func conjugateGradient(_ matvec: (Tensor) -> Tensor, _ b: Tensor, initialGuess: Tensor? = nil,
                              tolerance: Double = 1e-10, maxIterations: Int? = nil) throws -> Tensor {
    let run = truncatedConjugateGradient(matvec, b, initialGuess: initialGuess, tolerance: tolerance,
                                         maxIterations: maxIterations ?? b.count)
    if run.negativeCurvature {
        throw CurvatureError.notPositiveDefinite(method: "conjugateGradient", detail: "found a direction with pᵀAp ≤ 0")
    }
    guard run.converged else {
        throw CurvatureError.notConverged(method: "conjugateGradient", iterations: run.iterations, residual: run.residual)
    }
    return run.solution
}

/// CG that returns its last iterate whatever happens (Hessian-free optimization truncates
/// CG on purpose), with what happened; `observe` sees every iterate after the first.
func truncatedConjugateGradient(_ matvec: (Tensor) -> Tensor, _ b: Tensor, initialGuess: Tensor?,
                                tolerance: Double, maxIterations: Int, observe: ((Tensor) -> Void)? = nil)
-> (solution: Tensor, converged: Bool, negativeCurvature: Bool, iterations: Int, residual: Double) {
    var x = initialGuess ?? Tensor.zeros(like: b)
    var r = initialGuess.map { b - matvec($0) } ?? b
    var p = r
    var rr = r.flattened.dot(r.flattened)
    let goal = tolerance * b.norm()
    var iterations = 0
    while rr.squareRoot() > goal && iterations < maxIterations {
        let Ap = matvec(p)
        let curvature = p.flattened.dot(Ap.flattened)
        if curvature <= 0 { return (x, false, true, iterations, rr.squareRoot()) }
        let alpha = rr / curvature
        x += alpha * p
        r -= alpha * Ap
        let next = r.flattened.dot(r.flattened)
        p = r + (next / rr) * p
        rr = next
        iterations += 1
        observe?(x)
    }
    return (x, rr.squareRoot() <= goal, false, iterations, rr.squareRoot())
}
