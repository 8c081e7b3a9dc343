/// The functional face of autodiff for chapter code: derivatives of a function
/// `f: (Var) -> Var` at a point given as a `Tensor`, returned as tensors.
///
/// ```swift
/// let f: (Var) -> Var = { w in 0.5 * ((X ⋅ w - y) ** 2).mean() }
/// let g = grad(f, at: w0)            // ∇f(w0)
/// let Hv = hvp(f, at: w0, v)         // ∇²f(w0) v, exact (reverse over reverse)
/// let H = hessian(f, at: w0)         // [n, n]
/// ```
///
/// Functions whose value is a scalar (`grad`, `hvp`, `hessian`) must return one element.
/// For Jacobians, the output and input are flattened: `jacobian` is `[f.count, x.count]`.

/// The gradient of a scalar function `f` at `x` (same shape as `x`).
public func grad(_ f: (Var) -> Var, at x: Tensor) -> Tensor {
    valueAndGrad(f, at: x).gradient
}

/// The value `f(x)` and the gradient `∇f(x)` from one forward and one backward pass.
public func valueAndGrad(_ f: (Var) -> Var, at x: Tensor) -> (value: Double, gradient: Tensor) {
    let input = Var(x, requiresGrad: true)
    let output = recording { f(input) }
    precondition(output.count == 1, "grad needs a scalar function; f returned shape \(output.shape)")
    return (output.value.scalar, gradients(of: output, withRespectTo: [input])[0].value)
}

/// The gradient of `f` as a differentiable function: `grad(grad(f))` differentiates twice,
/// and a gradient taken inside a function being differentiated (e.g. a hypergradient
/// through an unrolled optimizer step) is itself differentiated.
public func grad(_ f: @escaping (Var) -> Var) -> (Var) -> Var {
    { x in
        let input = x.requiresGrad ? x : Var(x.value, requiresGrad: true)
        let output = recording { f(input) }
        precondition(output.count == 1, "grad needs a scalar function; f returned shape \(output.shape)")
        return gradients(of: output, withRespectTo: [input], createGraph: true)[0]
    }
}

/// The Hessian-vector product `∇²f(x) v`, exact: the gradient of `⟨∇f(x), v⟩`
/// (reverse-over-reverse; costs about two gradient evaluations).
public func hvp(_ f: (Var) -> Var, at x: Tensor, _ v: Tensor) -> Tensor {
    precondition(v.shape == x.shape, "hvp: v has shape \(v.shape), x has shape \(x.shape)")
    let input = Var(x, requiresGrad: true)
    let gradient = firstGradient(f, input)
    return gradients(of: gradient, withRespectTo: [input], seed: Var(v))[0].value
}

/// The Hessian `∇²f(x)` as an `[n, n]` matrix, `n = x.count`: one gradient with a graph,
/// then one backward pass per row. For small `n` (it costs `n` Hessian-vector products).
public func hessian(_ f: (Var) -> Var, at x: Tensor) -> Tensor {
    let input = Var(x, requiresGrad: true)
    let gradient = firstGradient(f, input)
    return jacobianRows(of: gradient, withRespectTo: input)
}

/// The vector-Jacobian product `uᵀ J_f(x)` (shape of `x`), `u` shaped like `f(x)`.
public func vjp(_ f: (Var) -> Var, at x: Tensor, _ u: Tensor) -> Tensor {
    let input = Var(x, requiresGrad: true)
    let output = recording { f(input) }
    precondition(u.shape == output.shape, "vjp: u has shape \(u.shape), f(x) has shape \(output.shape)")
    return gradients(of: output, withRespectTo: [input], seed: Var(u))[0].value
}

/// The Jacobian-vector product `J_f(x) v` (shape of `f(x)`), `v` shaped like `x`.
///
/// Computed by the double-VJP trick: `g(u) = J_fᵀ u` is linear in `u`, so `J_f v` is the
/// gradient of `⟨g(u), v⟩` with respect to `u`. Two reverse passes, exact.
public func jvp(_ f: (Var) -> Var, at x: Tensor, _ v: Tensor) -> Tensor {
    precondition(v.shape == x.shape, "jvp: v has shape \(v.shape), x has shape \(x.shape)")
    let input = Var(x, requiresGrad: true)
    let output = recording { f(input) }
    let u = Var(Tensor.zeros(like: output.value), requiresGrad: true)
    let pulled = gradients(of: output, withRespectTo: [input], seed: u, createGraph: true)[0]
    return gradients(of: pulled, withRespectTo: [u], seed: Var(v))[0].value
}

/// The Jacobian of `f` at `x` as a `[f(x).count, x.count]` matrix (one backward pass per
/// output element, sharing one forward pass).
public func jacobian(_ f: (Var) -> Var, at x: Tensor) -> Tensor {
    let input = Var(x, requiresGrad: true)
    let output = recording { f(input) }
    return jacobianRows(of: output, withRespectTo: input)
}

/// Row `i` is the gradient of `output[i]` (flattened) with respect to `input`.
func jacobianRows(of output: Var, withRespectTo input: Var) -> Tensor {
    let m = output.count, n = input.count
    var result = Tensor.zeros([m, n])
    guard output.requiresGrad else { return result }
    for i in 0..<m {
        var seed = Tensor.zeros([m])
        seed[i] = 1
        let row = gradients(of: output, withRespectTo: [input], seed: Var(seed.reshaped(output.shape)))[0]
        result[i, ...] = row.value.flattened
    }
    return result
}

/// `∇f(input)` as a differentiable `Var` (graph recorded for a second derivative).
private func firstGradient(_ f: (Var) -> Var, _ input: Var) -> Var {
    let output = recording { f(input) }
    precondition(output.count == 1, "second derivatives need a scalar function; f returned shape \(output.shape)")
    return gradients(of: output, withRespectTo: [input], createGraph: true)[0]
}

/// Runs `body` with graph recording on, whatever the caller's setting.
func recording<R>(_ body: () throws -> R) rethrows -> R {
    let saved = GradientRecording.isEnabled
    GradientRecording.isEnabled = true
    defer { GradientRecording.isEnabled = saved }
    return try body()
}
