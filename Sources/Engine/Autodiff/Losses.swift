/// Loss functions built from differentiable primitives, so their first and second
/// derivatives (Gauss–Newton, Fisher) follow from the primitives' rules.

/// Mean squared error `mean((prediction - target)²)` over all elements (no ½ factor).
public func mse(_ prediction: Var, _ target: Tensor) -> Var {
    mse(prediction, Var(target))
}

/// Mean squared error between two `Var`s (both differentiable).
public func mse(_ prediction: Var, _ target: Var) -> Var {
    precondition(prediction.shape == target.shape,
                 "shape mismatch in mse: prediction \(prediction.shape), target \(target.shape)")
    let residual = prediction - target
    return (residual * residual).mean()
}

/// Softmax cross-entropy with integer class labels, averaged over the batch:
/// `mean_i [logsumexp(z_i) - z_i[y_i]]` for logits `z` of shape `[batch, classes]`.
/// The label's logit is picked out (not multiplied by a one-hot), so a masked logit
/// `−∞` in another class costs nothing, as in PyTorch.
public func crossEntropy(_ logits: Var, labels: [Int]) -> Var {
    precondition(logits.value.rank == 2 && logits.shape[0] == labels.count,
                 "crossEntropy needs logits [batch, classes] and one label per row: \(logits.shape), \(labels.count) labels")
    let perExample = logits.logsumexp(axis: 1) - logits.picking(labels)
    return perExample.sum() * (1 / Double(labels.count))
}

/// Logistic (binary cross-entropy) loss from logits `z` and targets `y` in {0, 1}
/// (or probabilities), averaged: `mean(softplus(z) - y z)`, stable for large |z|.
public func binaryCrossEntropy(logits: Var, targets: Tensor) -> Var {
    precondition(logits.shape == targets.shape,
                 "shape mismatch in binaryCrossEntropy: logits \(logits.shape), targets \(targets.shape)")
    return (softplus(logits) - logits * targets).mean()
}
