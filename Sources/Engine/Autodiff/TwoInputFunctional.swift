/// Derivatives of a scalar function of two inputs, `f: (Var, Var) -> Var` (a two-player
/// game's payoff, a bilevel objective), at a point `(x, y)` given as tensors:
///
/// ```swift
/// let f = { (x: Var, y: Var) in (x * y).sum() + 0.5 * x.squaredNorm() }
/// let (gx, gy) = grad(f, at: x0, y0)              // ∂f/∂x, ∂f/∂y
/// let Jv = mixedHVP(f, at: x0, y0, alongY: v)      // (∂²f/∂x∂y) v, shape of x
/// let Jtu = mixedHVP(f, at: x0, y0, alongX: u)     // (∂²f/∂x∂y)ᵀ u, shape of y
/// ```
///
/// One forward pass and one backward sweep give both gradients; the mixed products are
/// exact (reverse over reverse), each about the cost of two gradients.

/// The gradients `(∂f/∂x, ∂f/∂y)` of a scalar `f(x, y)`, shaped like `x` and `y`.
public func grad(_ f: (Var, Var) -> Var, at x: Tensor, _ y: Tensor) -> (x: Tensor, y: Tensor) {
    let result = valueAndGrad(f, at: x, y)
    return (result.x, result.y)
}

/// The value `f(x, y)` and both gradients from one forward and one backward pass.
public func valueAndGrad(_ f: (Var, Var) -> Var, at x: Tensor, _ y: Tensor) -> (value: Double, x: Tensor, y: Tensor) {
    let (inputX, inputY) = (Var(x, requiresGrad: true), Var(y, requiresGrad: true))
    let output = recording { f(inputX, inputY) }
    precondition(output.count == 1, "grad needs a scalar function; f returned shape \(output.shape)")
    let g = gradients(of: output, withRespectTo: [inputX, inputY])
    return (output.value.scalar, g[0].value, g[1].value)
}

/// The mixed second-derivative product `(∂²f/∂x∂y) v = ∇ₓ⟨∇_y f(x, y), v⟩` for `v` shaped
/// like `y`; the result is shaped like `x` (the matrix `∂²f/∂x∂y` has entries
/// `∂²f/∂xᵢ∂yⱼ`, rows indexed by `x`).
public func mixedHVP(_ f: (Var, Var) -> Var, at x: Tensor, _ y: Tensor, alongY v: Tensor) -> Tensor {
    precondition(v.shape == y.shape, "mixedHVP: v has shape \(v.shape), y has shape \(y.shape)")
    let (inputX, inputY) = (Var(x, requiresGrad: true), Var(y, requiresGrad: true))
    let gradientY = firstGradients(f, inputX, inputY)[1]
    return gradients(of: gradientY, withRespectTo: [inputX], seed: Var(v))[0].value
}

/// The transposed product `(∂²f/∂x∂y)ᵀ u = ∇_y⟨∇ₓ f(x, y), u⟩` for `u` shaped like `x`; the
/// result is shaped like `y`.
public func mixedHVP(_ f: (Var, Var) -> Var, at x: Tensor, _ y: Tensor, alongX u: Tensor) -> Tensor {
    precondition(u.shape == x.shape, "mixedHVP: u has shape \(u.shape), x has shape \(x.shape)")
    let (inputX, inputY) = (Var(x, requiresGrad: true), Var(y, requiresGrad: true))
    let gradientX = firstGradients(f, inputX, inputY)[0]
    return gradients(of: gradientX, withRespectTo: [inputY], seed: Var(u))[0].value
}

/// `[∂f/∂x, ∂f/∂y]` as differentiable `Var`s (graph recorded for a second derivative).
private func firstGradients(_ f: (Var, Var) -> Var, _ x: Var, _ y: Var) -> [Var] {
    let output = recording { f(x, y) }
    precondition(output.count == 1, "second derivatives need a scalar function; f returned shape \(output.shape)")
    return gradients(of: output, withRespectTo: [x, y], createGraph: true)
}
