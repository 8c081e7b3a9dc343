/// Finite-difference checks of derivatives: the analytic value from autodiff beside a
/// central-difference estimate, with the largest errors.
public struct DerivativeCheck: Sendable, CustomStringConvertible {
    /// The derivative computed by autodiff (flattened).
    public let analytic: Tensor
    /// The central-difference estimate (flattened).
    public let numeric: Tensor
    /// `max_i |analytic_i - numeric_i|`.
    public let maxAbsoluteError: Double
    /// `maxAbsoluteError / max(‖analytic‖∞, ‖numeric‖∞)`: a norm-wise relative error, which
    /// stays meaningful when some components are zero.
    public let relativeError: Double

    init(analytic: Tensor, numeric: Tensor) {
        self.analytic = analytic.flattened
        self.numeric = numeric.flattened
        maxAbsoluteError = abs(self.analytic - self.numeric).max()
        let scale = Swift.max(abs(self.analytic).max(), abs(self.numeric).max())
        relativeError = scale > 0 ? maxAbsoluteError / scale : maxAbsoluteError
    }

    /// True when the relative error is at most `tolerance`.
    public func passes(tolerance: Double = 1e-6) -> Bool { relativeError <= tolerance }

    public var description: String {
        "DerivativeCheck(maxAbsoluteError: \(maxAbsoluteError), relativeError: \(relativeError))"
    }
}

/// Compares `grad(f, at: x)` with central differences `(f(x + h eᵢ) - f(x - h eᵢ)) / 2h`
/// for every coordinate (2n evaluations of `f`; error O(h²) plus rounding O(ε/h)).
public func checkGradient(_ f: (Var) -> Var, at x: Tensor, step h: Double = 1e-5) -> DerivativeCheck {
    let analytic = grad(f, at: x)
    return DerivativeCheck(analytic: analytic, numeric: centralDifferences(f, at: x, step: h, outputs: 1))
}

/// Compares `hvp(f, at: x, v)` with the central difference of gradients
/// `(∇f(x + h v) - ∇f(x - h v)) / 2h`: a check of second derivatives along `v`.
public func checkHessianVectorProduct(_ f: (Var) -> Var, at x: Tensor, _ v: Tensor,
                                      step h: Double = 1e-5) -> DerivativeCheck {
    let analytic = hvp(f, at: x, v)
    let numeric = (grad(f, at: x + h * v) - grad(f, at: x - h * v)) / (2 * h)
    return DerivativeCheck(analytic: analytic, numeric: numeric)
}

/// Compares `jacobian(f, at: x)` with central differences column by column.
public func checkJacobian(_ f: (Var) -> Var, at x: Tensor, step h: Double = 1e-5) -> DerivativeCheck {
    let analytic = jacobian(f, at: x)
    return DerivativeCheck(analytic: analytic, numeric: centralDifferences(f, at: x, step: h, outputs: analytic.rows))
}

/// The central differences `(f(x + h eⱼ) - f(x - h eⱼ)) / 2h` of the flattened output of
/// `f`, one column per coordinate `j` of `x`: `[outputs, x.count]` (2·x.count evaluations).
private func centralDifferences(_ f: (Var) -> Var, at x: Tensor, step h: Double, outputs: Int) -> Tensor {
    func value(_ point: Tensor) -> Tensor { withoutRecording { f(Var(point)).value.flattened } }
    var numeric = Tensor.zeros([outputs, x.count])
    var probe = x.flattened
    for j in 0..<x.count {
        let original = probe[j]
        probe[j] = original + h
        let plus = value(probe.reshaped(x.shape))
        probe[j] = original - h
        let minus = value(probe.reshaped(x.shape))
        probe[j] = original
        numeric[..., j] = (plus - minus) / (2 * h)
    }
    return numeric
}
