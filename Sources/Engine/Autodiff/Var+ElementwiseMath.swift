import Foundation

/// Differentiable element-wise functions of a `Var`, each with its derivative written in
/// `Var` operations (so second derivatives come for free) and, for the hot activations, a
/// fused tensor kernel used when no graph is being recorded.

/// `eˣ`; derivative `eˣ` (the output itself).
public func exp(_ x: Var) -> Var {
    Var.record(FastKernels.exp(x.value), [x], "exp") { g, _, y in [g * y] }
}

/// Natural logarithm; derivative `1/x`.
public func log(_ x: Var) -> Var {
    Var.record(log(x.value), [x], "log") { g, inputs, _ in [g / inputs[0]] }
}

/// Square root; derivative `1 / (2√x)`.
public func sqrt(_ x: Var) -> Var {
    Var.record(sqrt(x.value), [x], "sqrt") { g, _, y in [g / (2 * y)] }
}

/// Absolute value; derivative `sign(x)` (0 at 0).
public func abs(_ x: Var) -> Var {
    Var.record(abs(x.value), [x], "abs") { g, inputs, _ in [g * sign(inputs[0].value)] }
}

/// Sine; derivative `cos x`.
public func sin(_ x: Var) -> Var {
    Var.record(sin(x.value), [x], "sin") { g, inputs, _ in [g * cos(inputs[0])] }
}

/// Cosine; derivative `−sin x`.
public func cos(_ x: Var) -> Var {
    Var.record(cos(x.value), [x], "cos") { g, inputs, _ in [-(g * sin(inputs[0]))] }
}

/// Hyperbolic tangent (vectorized); derivative `1 - tanh²`, from the output `y`, as the
/// fused op `tanhBackward` (one pass, and a constant when no graph is recorded).
public func tanh(_ x: Var) -> Var {
    Var.record(FastKernels.tanh(x.value), [x], "tanh") { g, _, y in [tanhBackward(g, y)] }
}

/// The logistic function `1 / (1 + e⁻ˣ)`, computed from `e = e^{-|x|}` as `1/(1 + e)` or
/// `e/(1 + e)` (no overflow, full relative accuracy in both tails); derivative `σ(1 - σ)`.
public func sigmoid(_ x: Var) -> Var {
    let tail = FastKernels.exp(-abs(x.value))
    let value = Tensor.broadcastBinary(x.value, tail, "sigmoid") { $0 >= 0 ? 1 / (1 + $1) : $1 / (1 + $1) }
    return Var.record(value, [x], "sigmoid") { g, _, y in [g * (y * (1 - y))] }
}

/// `max(x, 0)`; derivative 1 where x > 0, else 0 (so its second derivative is 0).
public func relu(_ x: Var) -> Var {
    Var.record(relu(x.value), [x], "relu") { g, inputs, _ in
        if !GradientRecording.isEnabled { return [Var(FastKernels.reluBackward(g.value, inputs[0].value))] }
        return [g * (inputs[0].value .> 0)]
    }
}

/// `log(1 + eˣ)`, computed stably as `max(x, 0) + log1p(e^-|x|)`; derivative `σ(x)`.
public func softplus(_ x: Var) -> Var {
    Var.record(softplus(x.value), [x], "softplus") { g, inputs, _ in [g * sigmoid(inputs[0])] }
}

/// The Gauss error function; derivative `(2/√π) e^{-x²}`.
public func erf(_ x: Var) -> Var {
    Var.record(erf(x.value), [x], "erf") { g, inputs, _ in
        let z = inputs[0]
        return [g * (2 / Double.pi.squareRoot()) * exp(-(z * z))]
    }
}

/// The Gaussian error linear unit, exact form `x Φ(x) = x (1 + erf(x/√2)) / 2`
/// (PyTorch's default `gelu`), built from `erf`.
public func gelu(_ x: Var) -> Var {
    0.5 * x * (1 + erf(x * (1 / 2.0.squareRoot())))
}
