import Foundation

/// Gradient descent on the squared loss `J = (1/2N) Σ_i (f(x_i) − y_i)²` of a model that is
/// linear in its parameters with feature map `φ(x) = ∇_θ f(x; θ₀)`, solved in closed form in
/// function space through its kernel `Θ = J Jᵀ` on the training inputs.
///
/// One step `θ ← θ − α ∇J` moves the training outputs by `f ← f − (α/N) Θ (f − y)`, so with
/// `Θ = Q Λ Qᵀ` the residual along eigenvector `q_i` is multiplied by `1 − αλ_i/N` per step:
///
///     f_t = f_0 + Q diag(1 − (1 − αλ_i/N)^t) Qᵀ (y − f_0)
///
/// (gradient flow: `1 − e^{−αλ_i t/N}`), and any other input moves through the cross kernel
/// `Θ(x*, X)`: `f_t(x*) = f_0(x*) + Θ(x*, X) Q diag((1 − (1 − αλ_i/N)^t)/λ_i) Qᵀ (y − f_0)`
/// (Lee et al. 2019). This is how a wide network trains if it stays equal to its linearization.
public struct KernelDynamics: Sendable {
    /// Eigenvalues of `Θ` (ascending) and its eigenvectors (columns).
    public let eigenvalues: Tensor, eigenvectors: Tensor
    /// The training outputs at step 0 and the targets, `[N]`.
    public let initialOutputs: Tensor, targets: Tensor
    /// The step size `α`.
    public let learningRate: Double

    /// Dynamics for the kernel matrix `kernel` (`[N, N]`, symmetric PSD) of the training
    /// inputs, outputs `initialOutputs` and `targets` (`[N]` or `[N, 1]`), step size `learningRate`.
    /// Throws if the eigendecomposition fails (non-finite kernel).
    public init(kernel: Tensor, initialOutputs: Tensor, targets: Tensor, learningRate: Double) throws {
        let n = kernel.rows
        precondition(kernel.shape == [n, n], "kernel must be square, got \(kernel.shape)")
        precondition(initialOutputs.count == n && targets.count == n,
                     "outputs and targets need \(n) entries, got \(initialOutputs.count) and \(targets.count)")
        let (values, vectors) = try kernel.symmetricEigen()
        eigenvalues = values
        eigenvectors = vectors
        self.initialOutputs = initialOutputs.flattened
        self.targets = targets.flattened
        self.learningRate = learningRate
    }

    /// The number of training points `N`.
    public var count: Int { targets.count }

    /// The per-step factors `1 − αλ_i/N` of the residual along each eigenvector.
    public var stepFactors: Tensor { eigenvalues.unary { 1 - learningRate * $0 / Double(count) } }

    /// The coordinates `Qᵀ(f_t − y)` of the training residual after `step` steps.
    public func residualCoordinates(step: Int) -> Tensor {
        let initial = eigenvectors.matmul(initialOutputs - targets, transposeSelf: true)
        return initial * stepFactors.unary { Foundation.pow($0, Double(step)) }
    }

    /// The training outputs `f_t` after `step` steps, `[N]`.
    public func trainOutputs(step: Int) -> Tensor {
        targets + eigenvectors.matmul(residualCoordinates(step: step))
    }

    /// The training loss `(1/2N) ‖f_t − y‖²` after `step` steps.
    public func loss(step: Int) -> Double {
        let r = residualCoordinates(step: step)
        return (r * r).sum() / (2 * Double(count))
    }

    /// The outputs at other inputs after `step` steps, from their cross kernel
    /// `crossKernel = Θ(X*, X)` (`[M, N]`) and their outputs at step 0 (`[M]`).
    /// Directions with `λ_i = 0` use the limit `αt/N` of `(1 − (1 − αλ_i/N)^t)/λ_i`.
    public func outputs(step: Int, crossKernel: Tensor, initialOutputs other: Tensor) -> Tensor {
        precondition(crossKernel.rank == 2 && crossKernel.cols == count && other.count == crossKernel.rows,
                     "cross kernel must be [M, \(count)] with M initial outputs, got \(crossKernel.shape) and \(other.count)")
        let t = Double(step), scale = learningRate / Double(count)
        let gains = eigenvalues.unary { lambda in
            let x = scale * lambda
            // (1 − (1 − x)^t)/λ = scale · (1 − (1 − x)^t)/x, and → scale · t as x → 0.
            return Swift.abs(x) < 1e-12 ? scale * t : scale * (1 - Foundation.pow(1 - x, t)) / x
        }
        let initial = eigenvectors.matmul(targets - initialOutputs, transposeSelf: true)
        let weights = eigenvectors.matmul(gains * initial)
        return other.flattened + crossKernel.matmul(weights)
    }
}
