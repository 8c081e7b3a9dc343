/// Every iterate of conjugate gradient, for studying how it converges (residual and
/// `A`-norm error against iteration, as in the `√κ` bound and the distinct-eigenvalue
/// theorem).
///
/// Returns `[x₀, x₁, …, x_k]` with `x₀ = 0`, stopping after `iterations` steps, when the
/// residual reaches `tolerance · ‖b‖`, or when a direction has `pᵀAp ≤ 0` (then the list
/// ends at the last iterate CG could compute). `A` must be symmetric.
public func conjugateGradientIterates(_ matvec: (Tensor) -> Tensor, _ b: Tensor, iterations: Int,
                                      tolerance: Double = 0) -> [Tensor] {
    precondition(iterations >= 0, "conjugateGradientIterates needs iterations ≥ 0, got \(iterations)")
    var iterates = [Tensor.zeros(like: b)]
    _ = truncatedConjugateGradient(matvec, b, initialGuess: nil, tolerance: tolerance, maxIterations: iterations,
                                   observe: { iterates.append($0) })
    return iterates
}
