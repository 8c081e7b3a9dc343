/// Batch normalization with running statistics and an evaluation mode, as PyTorch's
/// `BatchNorm1d`: in training mode a batch `x` (`[batch, features]`) is normalized by its own
/// mean `μ_B` and biased variance `σ²_B` (see `batchNorm(_:gamma:beta:epsilon:)`), and the
/// running estimates move towards the batch's,
///
///     runningMean     ← (1 − m) runningMean     + m μ_B
///     runningVariance ← (1 − m) runningVariance + m σ²_B · n/(n − 1)   (unbiased)
///
/// with momentum `m`; in evaluation mode `y = γ (x − runningMean)/√(runningVariance + ε) + β`,
/// a fixed affine map of each example (no batch dependence, no update).
///
/// ```swift
/// var norm = BatchNorm(features: 16)
/// let h = norm(z, gamma: gamma, beta: beta)     // training: batch statistics, updates
/// norm.isTraining = false
/// let test = norm(zTest, gamma: gamma, beta: beta)
/// ```
public struct BatchNorm: Sendable {
    /// The running estimate of each feature's mean (starts at 0).
    public var runningMean: Tensor
    /// The running estimate of each feature's variance (starts at 1).
    public var runningVariance: Tensor
    /// The weight `m` of the newest batch in the running estimates (PyTorch's default 0.1).
    public var momentum: Double
    /// `ε`, added to the variance before the square root.
    public var epsilon: Double
    /// Training mode (batch statistics, running estimates updated) or evaluation mode.
    public var isTraining = true

    /// Running mean 0 and variance 1 for `features` features.
    public init(features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5) {
        precondition(features > 0 && (0...1).contains(momentum), "BatchNorm needs features > 0 and momentum in [0, 1]")
        runningMean = Tensor.zeros(features)
        runningVariance = Tensor.ones(features)
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// Normalizes `x` (`[batch, features]`) and applies `γ x̂ + β` (`gamma`, `beta`: `[features]`);
    /// in training mode also updates the running estimates (the batch needs two rows or more).
    public mutating func callAsFunction(_ x: Var, gamma: Var, beta: Var) -> Var {
        precondition(x.value.rank == 2 && x.shape[1] == runningMean.count,
                     "BatchNorm(features: \(runningMean.count)) got input of shape \(x.shape)")
        guard isTraining else {
            let scale = 1 / sqrt(runningVariance + epsilon)
            return (x - runningMean) * scale * gamma + beta
        }
        let n = x.shape[0]
        precondition(n > 1, "BatchNorm in training mode needs a batch of two or more rows, got \(n)")
        let mean = x.value.mean(axis: 0)
        let unbiased = x.value.variance(axis: 0) * (Double(n) / Double(n - 1))
        runningMean = (1 - momentum) * runningMean + momentum * mean
        runningVariance = (1 - momentum) * runningVariance + momentum * unbiased
        return batchNorm(x, gamma: gamma, beta: beta, epsilon: epsilon)
    }
}
