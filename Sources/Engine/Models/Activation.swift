/// The element-wise nonlinearity of a network layer.
public enum Activation: String, Sendable, CaseIterable {
    case identity, tanh, relu, gelu, sigmoid, softplus

    /// Applies the activation to a differentiable value.
    public func callAsFunction(_ x: Var) -> Var {
        switch self {
        case .identity: return x
        case .tanh: return Engine.tanh(x)
        case .relu: return Engine.relu(x)
        case .gelu: return Engine.gelu(x)
        case .sigmoid: return Engine.sigmoid(x)
        case .softplus: return Engine.softplus(x)
        }
    }
}

/// How a layer's weights are scaled.
///
/// - `standard`: `z = a W + b` with `W ~ N(0, σ_w² / fan_in)` and `b ~ N(0, σ_b²)`
///   (LeCun initialization when `σ_w = 1`; He when `σ_w = √2`).
/// - `ntk`: `z = (σ_w / √fan_in) a W + σ_b b` with `W, b ~ N(0, 1)` (Jacot et al. 2018).
///   The network computes the same function at initialization, but gradient descent sees
///   O(1) parameters, which gives the infinite-width (neural tangent kernel) limit.
public enum Parameterization: String, Sendable {
    case standard, ntk
}
