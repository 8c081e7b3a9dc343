/// A fixed point `z*(θ) = g(z*, θ)` as a differentiable function of `θ` (a deep-equilibrium
/// layer), differentiated by the implicit function theorem instead of through the solver's
/// iterations:
///
///     dz*/dθ = (I − ∂g/∂z)⁻¹ ∂g/∂θ,   so   θ̄ = (∂g/∂θ)ᵀ w   with   (I − ∂g/∂z)ᵀ w = z̄
///
/// for the gradient `z̄` arriving at `z*`, all derivatives taken at `(z*, θ)`. Memory is
/// one evaluation of `g`, whatever the number of solver iterations.
///
/// ```swift
/// let g = { (z: Var, W: Var) in tanh(W.matmul(z) + x) }
/// let loss = { (W: Var) -> Var in
///     guard let z = try? fixedPoint(g, from: Tensor.zeros(n), parameters: W) else { return Var(.nan) }
///     return (z * z).sum()
/// }
/// let dW = grad(loss, at: W0)
/// ```

/// How the adjoint system `(I − ∂g/∂z)ᵀ w = z̄` is solved in the backward pass.
public enum ImplicitSolver: Sendable, Equatable {
    /// Forms `∂g/∂z` (one vector-Jacobian product per entry of `z`) and solves by LU:
    /// exact, for small `z`.
    case direct
    /// Conjugate gradient on the normal equations `M Mᵀ y = z̄`, `w = Mᵀ y` with
    /// `M = (I − ∂g/∂z)ᵀ` (CGNE, since `M` is not symmetric), using only Jacobian-vector and
    /// vector-Jacobian products, to relative tolerance `tolerance`.
    case conjugateGradient(tolerance: Double)

    /// CG to relative tolerance 10⁻¹².
    public static let conjugateGradient = ImplicitSolver.conjugateGradient(tolerance: 1e-12)
}

/// The fixed point `z* = g(z*, θ)` found from `z0` by `solveFixedPoint` (with `method`,
/// `tolerance`, `maxIterations`), as a `Var` whose gradient with respect to `θ` comes from
/// the implicit function theorem (see above), solving the adjoint system with `backward`.
///
/// Throws `FixedPointError` when the forward solve fails. First derivatives only: a
/// backward sweep that records a graph through this op stops with a precondition failure,
/// and if the adjoint solve fails the gradient is NaN.
public func fixedPoint(_ g: @escaping (Var, Var) -> Var, from z0: Tensor, parameters theta: Var,
                       method: FixedPointMethod = .anderson, tolerance: Double = 1e-10, maxIterations: Int = 500,
                       backward: ImplicitSolver = .direct) throws -> Var {
    let parameters = theta.value
    let solution = try withoutRecording {
        try solveFixedPoint({ g(Var($0), Var(parameters)).value }, from: z0, method: method,
                            tolerance: tolerance, maxIterations: maxIterations)
    }
    return Var.custom(solution.point, inputs: [theta], name: "fixedPoint") { gradient, _, output in
        precondition(!isRecordingGradients, "fixedPoint: second derivatives through an implicit layer are not supported")
        let theta = (try? implicitGradient(g, at: output.value, parameters: parameters,
                                           outputGradient: gradient.value, solver: backward))
            ?? Tensor(repeating: .nan, shape: parameters.shape)
        return [Var(theta)]
    }
}

/// `θ̄ = (∂g/∂θ)ᵀ w` with `(I − ∂g/∂z)ᵀ w = z̄`: the gradient with respect to `θ` of a loss
/// whose gradient with respect to the fixed point `z*` is `outputGradient` (`z̄`). Throws
/// `LinearAlgebraError` (direct) or `CurvatureError` (CG) when the adjoint solve fails.
public func implicitGradient(_ g: @escaping (Var, Var) -> Var, at zStar: Tensor, parameters theta: Tensor,
                             outputGradient: Tensor, solver: ImplicitSolver = .direct) throws -> Tensor {
    precondition(outputGradient.shape == zStar.shape, "implicitGradient: z̄ has shape \(outputGradient.shape), z* has \(zStar.shape)")
    let ofZ = { (z: Var) in g(z, Var(theta)) }
    let n = zStar.count
    let zBar = outputGradient.flattened
    let w: Tensor
    switch solver {
    case .direct:
        let J = jacobian(ofZ, at: zStar)                                  // ∂g/∂z, [n, n]
        w = try (Tensor.eye(n) - J).T.solve(zBar)
    case let .conjugateGradient(tolerance):
        let transposed = { (v: Tensor) in v - vjp(ofZ, at: zStar, v.reshaped(zStar.shape)).flattened }   // Mv = (I − J)ᵀ v
        let plain = { (v: Tensor) in v - jvp(ofZ, at: zStar, v.reshaped(zStar.shape)).flattened }        // Mᵀv = (I − J) v
        let y = try conjugateGradient({ transposed(plain($0)) }, zBar, tolerance: tolerance, maxIterations: 10 * n)
        w = plain(y)
    }
    return vjp({ (t: Var) in g(Var(zStar), t) }, at: theta, w.reshaped(zStar.shape))
}
