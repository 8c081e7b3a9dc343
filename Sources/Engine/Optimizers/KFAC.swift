/// Kronecker-factored approximate curvature (K-FAC, Martens & Grosse 2015) for MLPs.
///
/// Layer `l` computes `z = ã W̄` with the extended input `ã = [c a, σ_b]` and the stacked
/// weights `W̄ = [W; b]` (`c = 1, σ_b = 1` in the standard parameterization, `c = σ_w/√fan_in`
/// in the NTK one). The Fisher block of `W̄` is approximated by `A ⊗ G` with
///
///     A = E[ã ãᵀ]   ([fan_in + 1, fan_in + 1]),   G = E[g gᵀ]   ([fan_out, fan_out]),
///
/// where `g = ∂(−log p(y|x))/∂z` is the per-example output gradient, and the
/// preconditioned gradient is `(A + √λ I)⁻¹ ∇W̄ (G + √λ I)⁻¹`.
public struct KFACFactors: Sendable {
    /// The input factor `A` of one layer.
    public let A: Tensor
    /// The output-gradient factor `G` of one layer.
    public let G: Tensor
}

/// The K-FAC factors of each layer of `model` on the batch `X`, with `g` taken from the
/// gradients of `loss` (a batch-averaged loss of the network outputs, with the targets it
/// should use: sampled from the model for the true Fisher, the data labels for the
/// empirical Fisher). Batch averaging is undone (`g = N ∂loss/∂z`), so `G` is a per-example
/// expectation.
public func kfacFactors(_ model: MLP, inputs X: Tensor, loss: (Var) -> Var) -> [KFACFactors] {
    precondition(model.usesBias, "K-FAC here stacks [W; b]: it needs an MLP with biases")
    let params = model.parameters.map { Var($0, requiresGrad: true) }
    let (output, inputs, preactivations) = model.trace(params, X)
    let n = Double(X.shape[0])
    let outputGradients = gradients(of: loss(output), withRespectTo: preactivations)
    return (0..<model.layerCount).map { l in
        let a = extendedInput(model, l, inputs[l].value)
        let g = outputGradients[l].value * n
        return KFACFactors(A: a.matmul(a, transposeSelf: true) / n, G: g.matmul(g, transposeSelf: true) / n)
    }
}

/// `[c a, σ_b]` for layer `l`: the input that multiplies the stacked weights `[W; b]`.
private func extendedInput(_ model: MLP, _ l: Int, _ a: Tensor) -> Tensor {
    let ntk = model.parameterization == .ntk
    let scale = ntk ? model.weightScale / Double(model.widths[l]).squareRoot() : 1
    let bias = ntk ? model.biasScale : 1
    return Tensor.concatenate([a * scale, Tensor(repeating: bias, shape: [a.shape[0], 1])], axis: 1)
}

/// K-FAC for softmax classification with an MLP. Each step estimates the factors on the
/// batch with labels sampled from the model's own predictive distribution (so `A ⊗ G`
/// approximates the true Fisher), keeps exponential moving averages of them, and updates
/// every layer with its preconditioned gradient.
public struct KFAC {
    public var learningRate: Double
    /// λ: each factor is damped by `√λ I`.
    public var damping: Double
    /// Weight of the old factors in the moving average (0: use the current batch only).
    public var factorDecay: Double
    /// The current (averaged) factors, one per layer.
    public private(set) var factors: [KFACFactors] = []

    public init(learningRate: Double, damping: Double = 1e-3, factorDecay: Double = 0.95) {
        self.learningRate = learningRate
        self.damping = damping
        self.factorDecay = factorDecay
    }

    /// One K-FAC step on the batch `(X, labels)`; `rng` draws the sampled labels.
    /// Throws if a damped factor cannot be inverted.
    public mutating func step(_ model: inout MLP, inputs X: Tensor, labels: [Int], rng: inout RNG) throws {
        let probabilities = withoutRecording { model.apply(model.parameters.map { Var($0) }, X).softmax(axis: 1).value }
        let sampled = (0..<X.shape[0]).map { i in sampleCategorical(probabilities[i, ...], &rng) }
        let fresh = kfacFactors(model, inputs: X, loss: { crossEntropy($0, labels: sampled) })
        factors = factors.isEmpty ? fresh : zip(factors, fresh).map { old, new in
            KFACFactors(A: factorDecay * old.A + (1 - factorDecay) * new.A,
                        G: factorDecay * old.G + (1 - factorDecay) * new.G)
        }
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let grads = gradients(of: crossEntropy(model.apply(params, X), labels: labels), withRespectTo: params).map(\.value)
        let gamma = damping.squareRoot()
        for l in 0..<model.layerCount {
            let fanIn = model.widths[l]
            let stacked = Tensor.concatenate([grads[2 * l], grads[2 * l + 1].asRow], axis: 0)
            let A = factors[l].A + gamma * Tensor.eye(fanIn + 1)
            let G = factors[l].G + gamma * Tensor.eye(model.widths[l + 1])
            let left = try A.solve(stacked)
            let update = try G.solve(left.T).T
            model.parameters[2 * l] -= learningRate * update[0..<fanIn]
            model.parameters[2 * l + 1] -= learningRate * update[fanIn, ...]
        }
    }
}

/// An index drawn with the given probabilities (inverse CDF of one uniform).
private func sampleCategorical(_ p: Tensor, _ rng: inout RNG) -> Int {
    let u = rng.uniform()
    var total = 0.0
    for k in 0..<p.count {
        total += p[k]
        if u < total { return k }
    }
    return p.count - 1
}
