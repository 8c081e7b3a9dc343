/// Batch and layer normalization, composed from differentiable primitives (mean, variance,
/// square root), so their derivatives of every order follow from those rules.

/// Batch normalization in training mode: each column (feature) of `x` ([batch, features])
/// is centred and scaled by its batch mean and (biased) variance, then `γ x̂ + β`.
/// `gamma` and `beta` have shape `[features]`; `epsilon` keeps the division finite.
public func batchNorm(_ x: Var, gamma: Var, beta: Var, epsilon: Double = 1e-5) -> Var {
    precondition(x.value.rank == 2 && gamma.shape == [x.shape[1]] && beta.shape == [x.shape[1]],
                 "batchNorm needs x [batch, features] and gamma, beta [features]: \(x.shape), \(gamma.shape), \(beta.shape)")
    return normalized(x, axis: 0, epsilon: epsilon) * gamma + beta
}

/// Layer normalization: each row of `x` ([batch, features]) is centred and scaled by its own
/// mean and variance over the features, then `γ x̂ + β` with `gamma`, `beta` of shape `[features]`.
public func layerNorm(_ x: Var, gamma: Var, beta: Var, epsilon: Double = 1e-5) -> Var {
    precondition(x.value.rank == 2 && gamma.shape == [x.shape[1]] && beta.shape == [x.shape[1]],
                 "layerNorm needs x [batch, features] and gamma, beta [features]: \(x.shape), \(gamma.shape), \(beta.shape)")
    return normalized(x, axis: 1, epsilon: epsilon) * gamma + beta
}

/// `(x - mean) / √(variance + ε)` along `axis`.
private func normalized(_ x: Var, axis: Int, epsilon: Double) -> Var {
    let centred = x - x.mean(axis: axis, keepingDims: true)
    let variance = (centred * centred).mean(axis: axis, keepingDims: true)
    return centred / sqrt(variance + epsilon)
}
