/// The empirical neural tangent kernel `Θ(x, x') = J(x) J(x')ᵀ`, where `J(x)` is the
/// Jacobian of the network output at input `x` with respect to all parameters.

/// The empirical NTK Gram matrix of `model` on the rows of `X`: `[N·k, N·k]` for `N` inputs
/// and `k` outputs, ordered input-major (entry `(i·k + a, j·k + b)` pairs output `a` at
/// `xᵢ` with output `b` at `xⱼ`). Each input's Jacobian comes from `k` backward passes on
/// that input alone; the Gram matrix is one BLAS product `J Jᵀ`.
public func empiricalNTK(_ model: MLP, _ X: Tensor) -> Tensor {
    let J = parameterJacobian(model, X)
    return J.matmul(J, transposeOther: true)
}

/// The Jacobian of `model`'s outputs on the rows of `X` with respect to its flat
/// parameters: `[N·k, P]`, rows ordered as in `empiricalNTK`.
public func parameterJacobian(_ model: MLP, _ X: Tensor) -> Tensor {
    precondition(X.rank == 2 && X.shape[1] == model.widths[0], "inputs must be [N, \(model.widths[0])], got \(X.shape)")
    let n = X.shape[0], k = model.widths[model.widths.count - 1], p = model.parameterCount
    let ranges = model.parameterRanges
    var J = Tensor.zeros([n * k, p])
    J.withUnsafeMutableBufferPointer { rows in
        for i in 0..<n {
            let params = model.parameters.map { Var($0, requiresGrad: true) }
            let output = model.apply(params, X[i..<(i + 1)])
            for a in 0..<k {
                var seed = Tensor.zeros([1, k])
                seed[0, a] = 1
                let pieces = gradients(of: output, withRespectTo: params, seed: Var(seed))
                for (piece, range) in zip(pieces, ranges) {
                    let start = (i * k + a) * p + range.lowerBound
                    piece.value.withUnsafeBufferPointer { source in
                        guard let from = source.baseAddress, let to = rows.baseAddress else { return }
                        (to + start).update(from: from, count: range.count)
                    }
                }
            }
        }
    }
    return J
}
