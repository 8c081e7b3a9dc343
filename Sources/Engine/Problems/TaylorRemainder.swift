/// The errors of the first- and second-order Taylor models of a scalar function along a
/// line `x + ε v`:
///
///     first(ε)  = |f(x + εv) − f(x) − ε ∇f(x)ᵀv|                  = O(ε²)
///     second(ε) = |f(x + εv) − f(x) − ε ∇f(x)ᵀv − ½ε² vᵀ∇²f(x)v|   = O(ε³)
///
/// The derivatives come from autodiff (one gradient and one Hessian-vector product), so a
/// log–log slope of 2 and 3 (`PowerLawFit`) checks both the function's smoothness and the
/// derivatives themselves.
public struct TaylorRemainders: Sendable {
    /// The step sizes ε.
    public let steps: [Double]
    /// `|f(x + εv) − (f(x) + ε gᵀv)|` for each step.
    public let first: [Double]
    /// `|f(x + εv) − (f(x) + ε gᵀv + ½ε² vᵀHv)|` for each step.
    public let second: [Double]
    /// `f(x)`, `∇f(x)ᵀv` and `vᵀ∇²f(x)v`: the coefficients of the models.
    public let value: Double, slope: Double, curvature: Double

    /// Evaluates `f` at `x + ε v` for every `ε` in `steps` and compares it with both models.
    public init(_ f: (Var) -> Var, at x: Tensor, direction v: Tensor, steps: [Double]) {
        precondition(v.shape == x.shape, "direction has shape \(v.shape), x has shape \(x.shape)")
        let (value, gradient) = valueAndGrad(f, at: x)
        let slope = gradient.flattened.dot(v.flattened)
        let curvature = hvp(f, at: x, v).flattened.dot(v.flattened)
        var first: [Double] = [], second: [Double] = []
        for eps in steps {
            let moved = withoutRecording { f(Var(x + eps * v)).scalar }
            let linear = value + eps * slope
            first.append(abs(moved - linear))
            second.append(abs(moved - linear - 0.5 * eps * eps * curvature))
        }
        self.steps = steps
        self.first = first
        self.second = second
        self.value = value
        self.slope = slope
        self.curvature = curvature
    }
}
