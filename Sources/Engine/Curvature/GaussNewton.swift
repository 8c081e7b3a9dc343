/// The generalized Gauss–Newton matrix `G = Jᵀ H_L J` of a loss `L(f(θ))` split into a
/// network `f` (outputs, Jacobian `J`) and a convex output loss `L` (Hessian `H_L` with
/// respect to the outputs), and the Fisher information, which equals `G` for the
/// exponential-family losses used here (softmax cross-entropy, squared error).
///
/// `G` is positive semi-definite whenever `L` is convex, unlike the Hessian, which is why
/// damped Gauss–Newton, Hessian-free and natural-gradient methods use it.

/// `G v = Jᵀ H_L J v` without forming any matrix: a Jacobian-vector product, an
/// output-space Hessian-vector product and a vector-Jacobian product.
public func gaussNewtonVectorProduct(outputs: (Var) -> Var, loss: (Var) -> Var, at theta: Tensor, _ v: Tensor) -> Tensor {
    let z = withoutRecording { outputs(Var(theta)).value }
    let Jv = jvp(outputs, at: theta, v)
    let HJv = hvp(loss, at: z, Jv)
    return vjp(outputs, at: theta, HJv)
}

/// `G = Jᵀ H_L J` as a `[P, P]` matrix (for small networks: it forms the `[m, P]` Jacobian
/// and the `[m, m]` output Hessian, `m` = number of output elements).
public func gaussNewtonMatrix(outputs: (Var) -> Var, loss: (Var) -> Var, at theta: Tensor) -> Tensor {
    let z = withoutRecording { outputs(Var(theta)).value }
    let J = jacobian(outputs, at: theta)
    let H = hessian(loss, at: z)
    return J.matmul(H.matmul(J), transposeSelf: true)
}

/// The output distribution that defines a Fisher information matrix.
public enum Likelihood: Sendable {
    /// `p(y | z) = softmax(z)_y` for logits `z` of shape `[N, classes]`.
    case categorical
    /// `p(y | z) = N(y; z, σ² I)` for outputs `z` of shape `[N, k]`.
    case gaussian(variance: Double)

    /// The batch-averaged negative log-likelihood up to terms constant in `z`, with
    /// arbitrary targets: its Hessian in `z` does not depend on the targets and is the
    /// output-space Fisher.
    func curvatureLoss(_ z: Var) -> Var {
        switch self {
        case .categorical:
            return crossEntropy(z, labels: [Int](repeating: 0, count: z.shape[0]))
        case .gaussian(let variance):
            return (z * z).sum() * (0.5 / (variance * Double(z.shape[0])))
        }
    }
}

/// The exact Fisher information `F = E_x E_{y~p(y|x,θ)}[∇log p ∇log pᵀ]` of the batch-averaged
/// likelihood, `[P, P]`: equal to the Gauss–Newton matrix of the matching negative
/// log-likelihood (`Jᵀ (diag p - p pᵀ) J / N` for softmax outputs).
public func fisherMatrix(outputs: (Var) -> Var, likelihood: Likelihood, at theta: Tensor) -> Tensor {
    gaussNewtonMatrix(outputs: outputs, loss: likelihood.curvatureLoss, at: theta)
}

/// `F v` without forming `F` (see `fisherMatrix`).
public func fisherVectorProduct(outputs: (Var) -> Var, likelihood: Likelihood, at theta: Tensor, _ v: Tensor) -> Tensor {
    gaussNewtonVectorProduct(outputs: outputs, loss: likelihood.curvatureLoss, at: theta, v)
}
