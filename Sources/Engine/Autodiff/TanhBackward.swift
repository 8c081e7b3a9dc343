/// The tanh derivative `g (1 - y²)` as one differentiable op, where `y = tanh(x)` is the
/// forward output and `g` the gradient arriving at it.
///
/// Why: written with primitives (`g * (1 - y * y)`), a backward sweep that records a graph
/// (the first half of a Hessian-vector product) builds four nodes per tanh layer (`y * y`,
/// negation, `+ 1`, `*`), each a full pass over the activations with its own buffer, and the
/// second sweep then runs their four pullbacks. This op is one pass forward, and its own
/// pullback is two passes, as PyTorch's `tanh_backward` is:
///
///     ∂/∂g [g (1 - y²)] · h = h (1 - y²)      (the same op again)
///     ∂/∂y [g (1 - y²)] · h = -2 h g y
///
/// Both rules are `Var` operations when a graph is recorded, so derivatives of every order
/// stay exact.
func tanhBackward(_ g: Var, _ y: Var) -> Var {
    Var.record(FastKernels.tanhBackward(g.value, y.value), [g, y], "tanhBackward") { h, inputs, _ in
        let (g, y) = (inputs[0], inputs[1])
        let dg = g.requiresGrad ? tanhBackward(h, y) : nil
        guard y.requiresGrad else { return [dg, nil] }
        if !GradientRecording.isEnabled {
            return [dg, Var(FastKernels.tanhSecondBackward(h.value, g.value, y.value))]
        }
        return [dg, h * g * y * -2]
    }
}
