/// A fully connected network `x → a₁ → … → output` with one activation between layers and
/// a linear last layer, usable two ways:
///
/// - as a model with parameter tensors: `model.parameters` is `[W₁, b₁, W₂, b₂, …]` with
///   `W_l` of shape `[fan_in, fan_out]` (so a layer is `a W + b` on row-batches `a`);
/// - as a function of one flat parameter vector θ (`flatParameters`, `[parameterCount]`):
///   `model.apply(theta, X)` slices θ into the weights, so `f(θ)` is a plain differentiable
///   function for Hessians, Gauss–Newton and Fisher matrices.
///
/// ```swift
/// var rng = RNG(seed: 0)
/// let model = MLP(widths: [2, 64, 1], activation: .tanh, parameterization: .ntk, rng: &rng)
/// let loss = { (theta: Var) in mse(model.apply(theta, X), y) }
/// let g = grad(loss, at: model.flatParameters)
/// ```
/// A linear model is `MLP(widths: [d, k], ...)`. With `bias: false` every layer is `a W`
/// and `parameters` is `[W₁, W₂, …]`. The input may be a `Var` too (`model.apply(theta, x)`
/// with `x: Var`), so the network is differentiable in its input as well: input gradients,
/// implicit layers `z = f(z, x)`.
public struct MLP: Sendable {
    /// Layer widths, input first: `[2, 64, 1]` is one hidden layer of 64 units.
    public let widths: [Int]
    public let activation: Activation
    public let parameterization: Parameterization
    /// `σ_w`: the weight scale (see `Parameterization`).
    public let weightScale: Double
    /// `σ_b`: the bias scale (see `Parameterization`).
    public let biasScale: Double
    /// Whether each layer adds a bias `b_l` (`true` by default).
    public let usesBias: Bool
    /// `[W₁, b₁, W₂, b₂, …]` (or `[W₁, W₂, …]` without biases), `W_l` of shape
    /// `[widths[l], widths[l+1]]`, `b_l` of `[widths[l+1]]`.
    public var parameters: [Tensor]

    /// A network with weights drawn from `rng` (layer by layer, W before b, row-major), so
    /// the same seed gives the same network everywhere; `bias: false` leaves out the biases.
    public init(widths: [Int], activation: Activation = .tanh, parameterization: Parameterization = .standard,
                weightScale: Double = 1, biasScale: Double = 0.1, bias: Bool = true, rng: inout RNG) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 > 0 }, "MLP needs at least two positive widths, got \(widths)")
        self.widths = widths
        self.activation = activation
        self.parameterization = parameterization
        self.weightScale = weightScale
        self.biasScale = biasScale
        self.usesBias = bias
        var parameters: [Tensor] = []
        for l in 0..<(widths.count - 1) {
            let (fanIn, fanOut) = (widths[l], widths[l + 1])
            let standard = parameterization == .standard
            parameters.append(rng.normal([fanIn, fanOut], std: standard ? weightScale / Double(fanIn).squareRoot() : 1))
            if bias { parameters.append(rng.normal([fanOut], std: standard ? biasScale : 1)) }
        }
        self.parameters = parameters
    }

    /// The number of layers (weight matrices).
    public var layerCount: Int { widths.count - 1 }

    /// The total number of scalar parameters `P`.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// All parameters as one vector θ (`[W₁ flattened, b₁, W₂ flattened, …]`); setting it
    /// writes the pieces back.
    public var flatParameters: Tensor {
        get { Tensor.concatenate(parameters.map(\.flattened)) }
        set { parameters = unflatten(newValue) }
    }

    /// Cuts a flat vector θ into tensors shaped like `parameters`.
    public func unflatten(_ theta: Tensor) -> [Tensor] {
        precondition(theta.shape == [parameterCount], "θ must have shape [\(parameterCount)], got \(theta.shape)")
        return parameterRanges.enumerated().map { theta[$0.element].reshaped(parameters[$0.offset].shape) }
    }

    /// The range of θ holding each parameter tensor.
    public var parameterRanges: [Range<Int>] {
        var start = 0
        return parameters.map { p in
            defer { start += p.count }
            return start..<(start + p.count)
        }
    }

    /// The network's output for inputs `X` (`[batch, widths[0]]`) as a function of the flat
    /// parameter vector θ: `[batch, widths.last]`.
    public func apply(_ theta: Var, _ X: Tensor) -> Var {
        apply(theta, Var(X))
    }

    /// The output as a function of both θ and a differentiable input `X` (`[batch, widths[0]]`).
    public func apply(_ theta: Var, _ X: Var) -> Var {
        precondition(theta.shape == [parameterCount], "θ must have shape [\(parameterCount)], got \(theta.shape)")
        let pieces = parameterRanges.enumerated().map { theta[$0.element].reshaped(parameters[$0.offset].shape) }
        return apply(pieces, X)
    }

    /// The network's output as a function of per-layer parameters `[W₁, b₁, …]`.
    public func apply(_ parameters: [Var], _ X: Tensor) -> Var {
        trace(parameters, Var(X)).output
    }

    /// The output as a function of per-layer parameters and a differentiable input.
    public func apply(_ parameters: [Var], _ X: Var) -> Var {
        trace(parameters, X).output
    }

    /// The network's output for the current parameters (no graph is recorded).
    public func callAsFunction(_ X: Tensor) -> Tensor {
        withoutRecording { apply(parameters.map { Var($0) }, X).value }
    }

    /// The forward pass keeping each layer's input `a_l` and pre-activation `z_l`
    /// (K-FAC and per-layer analyses need them).
    public func trace(_ parameters: [Var], _ X: Tensor) -> (output: Var, inputs: [Var], preactivations: [Var]) {
        trace(parameters, Var(X))
    }

    /// `trace` with a differentiable input.
    public func trace(_ parameters: [Var], _ X: Var) -> (output: Var, inputs: [Var], preactivations: [Var]) {
        let perLayer = usesBias ? 2 : 1
        precondition(parameters.count == perLayer * layerCount,
                     "MLP.apply needs \(perLayer * layerCount) parameter tensors, got \(parameters.count)")
        precondition(X.value.rank == 2 && X.shape[1] == widths[0], "MLP input must be [batch, \(widths[0])], got \(X.shape)")
        var a = X
        var inputs: [Var] = [], preactivations: [Var] = []
        for l in 0..<layerCount {
            inputs.append(a)
            let z = layer(l, a, parameters[perLayer * l], usesBias ? parameters[2 * l + 1] : nil)
            preactivations.append(z)
            a = l == layerCount - 1 ? z : activation(z)
        }
        return (a, inputs, preactivations)
    }

    /// `a W + b` (standard) or `(σ_w/√fan_in) a W + σ_b b` (NTK) for layer `l`; without a
    /// bias the `b` term is left out.
    private func layer(_ l: Int, _ a: Var, _ W: Var, _ b: Var?) -> Var {
        switch parameterization {
        case .standard:
            let product = a.matmul(W)
            return b.map { product + $0 } ?? product
        case .ntk:
            let product = a.matmul(W) * (weightScale / Double(widths[l]).squareRoot())
            return b.map { product + $0 * biasScale } ?? product
        }
    }
}
