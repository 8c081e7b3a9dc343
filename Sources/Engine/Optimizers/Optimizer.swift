/// A first-order optimizer: a small struct holding its hyperparameters and per-parameter
/// state (momenta, second-moment estimates), updating parameters in place.
///
/// ```swift
/// var opt = Adam(learningRate: 1e-3)
/// for _ in 0..<100 {
///     let g = grad(loss, at: theta)
///     opt.step(&theta, g)
/// }
/// ```
/// `step` takes either one tensor (a flat θ) or a list (`model.parameters`); the state is
/// kept per position in the list, so pass the parameters in the same order every step.
public protocol Optimizer {
    /// Applies one update to each of `parameters` from the matching `gradients`.
    mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor])
}

extension Optimizer {
    /// Applies one update to a single parameter tensor (e.g. a flat θ).
    public mutating func step(_ parameter: inout Tensor, _ gradient: Tensor) {
        var list = [parameter]
        parameter = Tensor.zeros(0)  // release the caller's reference so the update is in place
        step(&list, [gradient])
        parameter = list[0]
    }
}

/// Checks that a step received one gradient of the right shape per parameter.
func checkStepShapes(_ parameters: [Tensor], _ gradients: [Tensor], _ name: String) {
    precondition(parameters.count == gradients.count,
                 "\(name).step: \(parameters.count) parameters but \(gradients.count) gradients")
    for (p, g) in zip(parameters, gradients) {
        precondition(p.shape == g.shape, "\(name).step: parameter shape \(p.shape), gradient shape \(g.shape)")
    }
}

/// State tensors of zeros shaped like `parameters`, created on the first step.
func zeroState(_ state: inout [Tensor], like parameters: [Tensor]) {
    if state.count != parameters.count { state = parameters.map { Tensor.zeros(like: $0) } }
}

/// Runs `body(p, g, s)` over the elements of a parameter, its gradient and one state
/// tensor, updating `p` and `s` in place (the fused inner loop of every optimizer).
@inline(__always)
func updateElements(_ parameter: inout Tensor, _ gradient: Tensor, _ state: inout Tensor,
                    _ body: (inout Double, Double, inout Double) -> Void) {
    gradient.withUnsafeBufferPointer { g in
        parameter.withUnsafeMutableBufferPointer { p in
            state.withUnsafeMutableBufferPointer { s in
                for i in 0..<p.count { body(&p[i], g[i], &s[i]) }
            }
        }
    }
}

/// As `updateElements` with two state tensors (Adam's first and second moments).
@inline(__always)
func updateElements(_ parameter: inout Tensor, _ gradient: Tensor, _ first: inout Tensor, _ second: inout Tensor,
                    _ body: (inout Double, Double, inout Double, inout Double) -> Void) {
    gradient.withUnsafeBufferPointer { g in
        parameter.withUnsafeMutableBufferPointer { p in
            first.withUnsafeMutableBufferPointer { m in
                second.withUnsafeMutableBufferPointer { v in
                    for i in 0..<p.count { body(&p[i], g[i], &m[i], &v[i]) }
                }
            }
        }
    }
}
