/// The Gauss–Newton matrix `G = Jᵀ H_L J` at one point as a reusable linear operator.
///
/// Hessian-free optimization multiplies by the same `G` tens of times per step.
/// `gaussNewtonVectorProduct` redoes the network's forward pass three times per product; this
/// operator records once, at construction, the forward pass, the graph of `Jᵀu` (linear in
/// the probe `u`) and the graph of the output-space gradient of the loss. Each product
/// `G v` is then three backward passes over recorded graphs: `J v` (the derivative of
/// `⟨Jᵀu, v⟩` in `u`), `H_L J v` and `Jᵀ(H_L J v)`.
///
/// ```swift
/// let G = GaussNewtonOperator(outputs: { model.apply($0, X) }, loss: { crossEntropy($0, labels: y) }, at: theta)
/// let Gv = G(v)   // equals gaussNewtonVectorProduct(outputs:loss:at:v)
/// ```
public struct GaussNewtonOperator {
    private let input: Var
    private let output: Var
    private let probe: Var
    private let pulledBack: Var
    private let logits: Var
    private let lossGradient: Var

    /// Records the graphs at `theta` for `loss(outputs(θ))`.
    public init(outputs: (Var) -> Var, loss: (Var) -> Var, at theta: Tensor) {
        let input = Var(theta, requiresGrad: true)
        let output = recording { outputs(input) }
        let probe = Var(Tensor.zeros(like: output.value), requiresGrad: true)
        let logits = Var(output.value, requiresGrad: true)
        let value = recording { loss(logits) }
        precondition(value.count == 1, "GaussNewtonOperator needs a scalar loss; it returned shape \(value.shape)")
        self.input = input
        self.output = output
        self.probe = probe
        self.logits = logits
        pulledBack = gradients(of: output, withRespectTo: [input], seed: probe, createGraph: true)[0]
        lossGradient = gradients(of: value, withRespectTo: [logits], createGraph: true)[0]
    }

    /// The network outputs `f(θ)` at the recorded point.
    public var outputValue: Tensor { output.value }

    /// `G v` for `v` shaped like θ.
    public func callAsFunction(_ v: Tensor) -> Tensor {
        precondition(v.shape == input.shape, "GaussNewtonOperator: v has shape \(v.shape), θ has shape \(input.shape)")
        let Jv = gradients(of: pulledBack, withRespectTo: [probe], seed: Var(v))[0].value
        let HJv = gradients(of: lossGradient, withRespectTo: [logits], seed: Var(Jv))[0].value
        return gradients(of: output, withRespectTo: [input], seed: Var(HJv))[0].value
    }
}
