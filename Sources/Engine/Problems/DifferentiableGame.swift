/// A two-player zero-sum differentiable game `min_x max_y f(x, y)`, written on the joint
/// vector `z = (x, y)`: the first `split` coordinates belong to the player who minimizes
/// `f`, the rest to the player who maximizes it.
///
/// Gradient play follows the *game vector field* `ξ(z) = (∇ₓf, −∇ᵧf)`, which is not the
/// gradient of anything in general. Its Jacobian `J = ∂ξ/∂z = D ∇²f` (with
/// `D = diag(I, −I)`) splits into a symmetric "potential" part `S = (J + Jᵀ)/2` and an
/// antisymmetric "Hamiltonian" part `A = (J − Jᵀ)/2`; the antisymmetric part is what makes
/// gradient play rotate (Balduzzi et al. 2018). Everything is computed by autodiff from `f`.
public struct DifferentiableGame {
    /// Number of coordinates of the minimizing player `x`; `y` is the rest of `z`.
    public let split: Int
    /// The objective `f(z)`, which `x` minimizes and `y` maximizes.
    public let objective: (Var) -> Var

    public init(split: Int, objective: @escaping (Var) -> Var) {
        precondition(split >= 1, "DifferentiableGame: the minimizing player needs at least one coordinate")
        self.split = split
        self.objective = objective
    }

    /// `diag(+1 for x, −1 for y)` as a vector of length `n`.
    private func playerSigns(_ n: Int) -> Tensor {
        precondition(n > split, "DifferentiableGame: z has \(n) coordinates, the maximizing player none")
        return Tensor((0..<n).map { $0 < split ? 1.0 : -1.0 })
    }

    /// The game vector field `ξ(z) = (∇ₓf(z), −∇ᵧf(z))`: simultaneous gradient play is
    /// `z ← z − α ξ(z)`, and an equilibrium (Nash or not) is a zero of `ξ`.
    public func field(_ z: Tensor) -> Tensor {
        grad(objective, at: z) * playerSigns(z.count)
    }

    /// The field as a differentiable function, so that derivatives of `ξ` (Jacobian
    /// products, the consensus term `∇½‖ξ‖²`) come from autodiff as well.
    public func fieldFunction() -> (Var) -> Var {
        let gradient = grad(objective)
        return { [self] z in gradient(z) * playerSigns(z.count) }
    }

    /// The game Jacobian `J(z) = ∂ξ/∂z = D ∇²f(z)`, an `[n, n]` matrix.
    public func jacobian(_ z: Tensor) -> Tensor {
        playerSigns(z.count).asColumn * hessian(objective, at: z)
    }

    /// `∇_z ½‖ξ(z)‖² = J(z)ᵀ ξ(z)`, the direction consensus optimization adds to `ξ`
    /// (Mescheder, Nowozin & Geiger 2017): descending `½‖ξ‖²` pulls toward any zero of `ξ`.
    public func consensusDirection(_ z: Tensor) -> Tensor {
        let xi = fieldFunction()
        return grad({ 0.5 * xi($0).squaredNorm() }, at: z)
    }

    /// The update direction of `method` at `z` (before multiplying by the step size),
    /// for the methods whose update is `z ← z − α·direction(z)`.
    func direction(_ method: GameMethod, _ z: Tensor) -> Tensor {
        switch method {
        case .consensus(let gamma):
            return field(z) + gamma * consensusDirection(z)
        case .symplecticAdjustment(let lambda):
            let J = jacobian(z), xi = field(z)
            let antisymmetric = 0.5 * (J - J.T)
            return xi + lambda * antisymmetric.matmul(xi, transposeSelf: true)
        default:
            return field(z)
        }
    }
}

/// The gradient-play algorithms compared in the games chapter. All use one step size `α`.
public enum GameMethod: Sendable {
    /// Simultaneous gradient descent–ascent, `zₜ₊₁ = zₜ − α ξ(zₜ)`.
    case simultaneous
    /// Alternating: `x` moves first, then `y` moves against the new `x`.
    case alternating
    /// Extragradient (Korpelevich 1976): step to `z' = z − αξ(z)`, then `z ← z − αξ(z')`.
    case extragradient
    /// Optimistic GDA (Daskalakis et al. 2018): `zₜ₊₁ = zₜ − 2αξ(zₜ) + αξ(zₜ₋₁)`.
    case optimistic
    /// Consensus optimization: `z ← z − α(ξ + γ Jᵀξ)`.
    case consensus(gamma: Double)
    /// Symplectic gradient adjustment (Balduzzi et al. 2018) with a fixed `λ`:
    /// `z ← z − α(ξ + λ Aᵀξ)`, `A` the antisymmetric part of `J`.
    case symplecticAdjustment(lambda: Double)
}

extension DifferentiableGame {
    /// The iterates `z₀, z₁, …, z_steps` of `method` with step size `α` from `z0`.
    public func trajectory(_ method: GameMethod, from z0: Tensor, stepSize alpha: Double, steps: Int) -> [Tensor] {
        var path = [z0]
        path.reserveCapacity(steps + 1)
        var z = z0
        var previousField = field(z0)       // optimistic: ξ(z₋₁) = ξ(z₀) makes the first step plain GDA
        for _ in 0..<steps {
            switch method {
            case .simultaneous, .consensus, .symplecticAdjustment:
                z = z - alpha * direction(method, z)
            case .alternating:
                let mask = playerMask(z.count)
                z = z - alpha * (field(z) * mask)
                z = z - alpha * (field(z) * (1 - mask))
            case .extragradient:
                let lookahead = z - alpha * field(z)
                z = z - alpha * field(lookahead)
            case .optimistic:
                let current = field(z)
                z = z - 2 * alpha * current + alpha * previousField
                previousField = current
            }
            path.append(z)
        }
        return path
    }

    /// The matrix of the linearized iteration at a fixed point `z*` (where `ξ(z*) = 0`):
    /// `zₜ₊₁ − z* ≈ M (zₜ − z*)`. The iteration converges locally iff `ρ(M) < 1`, and then
    /// at rate `ρ(M)` per step. For `.optimistic`, which remembers one step, `M` acts on
    /// `(zₜ − z*, zₜ₋₁ − z*)` and is `2n × 2n`.
    public func linearization(_ method: GameMethod, at star: Tensor, stepSize alpha: Double) -> Tensor {
        let n = star.count, J = jacobian(star), I = Tensor.eye(n)
        switch method {
        case .simultaneous:
            return I - alpha * J
        case .alternating:
            let mask = playerMask(n).asColumn
            let moveX = I - alpha * (mask * J), moveY = I - alpha * ((1 - mask) * J)
            return moveY.matmul(moveX)
        case .extragradient:
            return I - alpha * J + alpha * alpha * J.matmul(J)
        case .optimistic:
            var M = Tensor.zeros([2 * n, 2 * n])
            let top = I - 2 * alpha * J, lag = alpha * J
            for i in 0..<n {
                for j in 0..<n {
                    M[i, j] = top[i, j]
                    M[i, n + j] = lag[i, j]
                }
                M[n + i, i] = 1
            }
            return M
        case .consensus(let gamma):
            return I - alpha * (J + gamma * J.matmul(J, transposeSelf: true))
        case .symplecticAdjustment(let lambda):
            let antisymmetric = 0.5 * (J - J.T)
            return I - alpha * (J + lambda * antisymmetric.matmul(J, transposeSelf: true))
        }
    }

    /// 1 on the minimizing player's coordinates, 0 on the maximizing player's.
    private func playerMask(_ n: Int) -> Tensor {
        Tensor((0..<n).map { $0 < split ? 1.0 : 0.0 })
    }
}
