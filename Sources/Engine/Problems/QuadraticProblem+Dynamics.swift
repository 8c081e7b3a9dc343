import Foundation

/// Gradient descent on a quadratic, run step by step and predicted in closed form.
///
/// With `e_t = w_t − w*`, one step `w_{t+1} = w_t − α ∇f(w_t)` is `e_{t+1} = (I − αH) e_t`.
/// In the eigenbasis `H = Q Λ Qᵀ` the coordinates of `e_t` evolve independently:
///
///     (Qᵀ e_t)_i = (1 − α λ_i)^t (Qᵀ e_0)_i
///
/// so every statement about the run (stability, rate, implicit bias, early stopping) is a
/// statement about the scalar factors `1 − α λ_i`. Gradient flow `ẇ = −∇f(w)` replaces
/// them by `e^{−λ_i t}`.
extension QuadraticProblem {
    /// One gradient descent step `w − α ∇f(w)`.
    public func gradientDescentStep(_ w: Tensor, stepSize: Double) -> Tensor {
        w - stepSize * gradient(w)
    }

    /// The iterates `w_0, w_1, …, w_steps` of gradient descent with a fixed step
    /// (`steps + 1` vectors, the start first).
    public func gradientDescent(from start: Tensor, stepSize: Double, steps: Int) -> [Tensor] {
        precondition(steps >= 0, "gradientDescent needs steps >= 0, got \(steps)")
        var path = [start]
        path.reserveCapacity(steps + 1)
        var w = start
        for _ in 0..<steps {
            w = gradientDescentStep(w, stepSize: stepSize)
            path.append(w)
        }
        return path
    }

    /// The per-step factors `1 − α λ_i` by which gradient descent multiplies the error along
    /// each eigenvector (ascending eigenvalue order). Flat directions have factor 1.
    public func stepFactors(stepSize: Double) -> Tensor {
        eigenvalues.map { 1 - stepSize * $0 }
    }

    /// The worst-case convergence rate `max_i |1 − α λ_i|` over the non-zero eigenvalues:
    /// the error shrinks at least by this factor per step (in the `H`-weighted sense on a
    /// singular problem). Gradient descent converges iff it is below 1.
    public func convergenceRate(stepSize: Double) -> Double {
        let positive = eigenvalues.scalars.filter { $0 > 0 }
        return positive.map { Swift.abs(1 - stepSize * $0) }.max() ?? 1
    }

    /// The gradient descent iterate `w_t` predicted in closed form,
    /// `w* + Q (I − αΛ)^t Qᵀ (w_0 − w*)`, without running the `t` steps.
    public func gradientDescentIterate(from start: Tensor, stepSize: Double, step t: Int) -> Tensor {
        precondition(t >= 0, "gradientDescentIterate needs a step t >= 0, got \(t)")
        let factors = stepFactors(stepSize: stepSize).map { Foundation.pow($0, Double(t)) }
        return propagate(start, factors)
    }

    /// The gradient flow `ẇ = −∇f(w)` at time `t` from `w_0`, `w* + Q e^{−Λ t} Qᵀ (w_0 − w*)`:
    /// the limit of gradient descent with step `α → 0` after `t / α` steps.
    public func gradientFlow(from start: Tensor, time t: Double) -> Tensor {
        propagate(start, eigenvalues.map { Foundation.exp(-$0 * t) })
    }

    /// The ridge solution `argmin_w f(w) + (γ/2) ‖w‖² = (H + γI)⁻¹ b` for `γ > 0`, computed
    /// in the eigenbasis as `Q diag(1 / (λ_i + γ)) Qᵀ b`.
    public func ridgeSolution(strength gamma: Double) -> Tensor {
        precondition(gamma > 0, "ridgeSolution needs a positive strength, got \(gamma)")
        let scale = eigenvalues.map { 1 / ($0 + gamma) }
        return eigenvectors.matmul(scale * eigenCoordinates(linearTerm))
    }

    /// `w* + Q diag(factors) Qᵀ (w_0 − w*)`.
    private func propagate(_ start: Tensor, _ factors: Tensor) -> Tensor {
        precondition(start.rank == 1 && start.count == dimension,
                     "start has shape \(start.shape) but the problem has dimension \(dimension)")
        return minimizer + eigenvectors.matmul(factors * eigenCoordinates(start - minimizer))
    }
}
