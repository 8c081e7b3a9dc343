import Foundation

/// A weight-normalized logistic classifier, `p(y = 1 | x) = σ(s · xᵀw / ‖w‖)`, whose loss
/// is scale-invariant in `w`: `𝒥(c w) = 𝒥(w)` for every `c > 0`. Scale invariance makes the
/// gradient orthogonal to `w` and shrink like `1/‖w‖`, so gradient steps grow `‖w‖` and
/// the effective learning rate is `α / ‖w‖²` (van Laarhoven 2017; Arora, Li & Lyu 2019).
///
/// The loss and gradient are written out by hand on plain arrays (no autodiff graph) so
/// that tens of thousands of mini-batch steps, as the equilibrium of SGD with weight decay
/// needs, take milliseconds.
public struct ScaleInvariantLogistic: Sendable {
    /// Inputs, row-major `[N, D]`.
    public let inputs: [Double]
    /// Binary targets in {0, 1}, `[N]`.
    public let targets: [Double]
    /// The fixed logit scale `s` applied to the normalized score `xᵀw / ‖w‖`.
    public let logitScale: Double
    /// The number of examples `N`.
    public let count: Int
    /// The input dimension `D` (the length of `w`).
    public let dimension: Int

    /// A model on the rows of `X` ([N, D]) with binary targets `y` ([N], values 0 or 1).
    public init(X: Tensor, y: Tensor, logitScale: Double = 1) {
        precondition(X.rank == 2 && y.shape == [X.rows],
                     "ScaleInvariantLogistic needs X [N, D] and y [N], got \(X.shape) and \(y.shape)")
        precondition(y.scalars.allSatisfy { $0 == 0 || $0 == 1 }, "ScaleInvariantLogistic targets must be 0 or 1")
        inputs = X.scalars
        targets = y.scalars
        self.logitScale = logitScale
        count = X.rows
        dimension = X.cols
    }

    /// The mean cross-entropy over the examples `rows` (all examples when nil) at `w`.
    public func loss(_ w: Tensor, rows: [Int]? = nil) -> Double {
        precondition(w.shape == [dimension], "ScaleInvariantLogistic.loss: w has shape \(w.shape), expected [\(dimension)]")
        let indices = rows ?? Array(0..<count)
        let u = w.scalars, norm = w.norm()
        var total = 0.0
        for i in indices {
            let z = logitScale * score(i, u) / norm
            // log(1 + e^z) - y z, written to avoid overflow for large |z|.
            total += Swift.max(z, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(z))) - targets[i] * z
        }
        return total / Double(indices.count)
    }

    /// The gradient of `loss(w, rows:)` with respect to `w`: the gradient with respect to
    /// the unit vector `u = w/‖w‖`, projected off `u` and divided by `‖w‖`.
    public func gradient(_ w: Tensor, rows: [Int]? = nil) -> Tensor {
        precondition(w.shape == [dimension], "ScaleInvariantLogistic.gradient: w has shape \(w.shape), expected [\(dimension)]")
        let indices = rows ?? Array(0..<count)
        var g = [Double](repeating: 0, count: dimension)
        accumulateGradient(w.scalars, w.norm(), indices[...], into: &g)
        return Tensor(g)
    }

    /// The record of one run of `sgdWithWeightDecay`.
    public struct Run: Sendable {
        /// The angle ∠(w_t, w_{t+1}) in radians, one per step.
        public var angularUpdates: [Double]
        /// ‖w_t‖ for t = 0…T.
        public var norms: [Double]
        /// The final weights w_T.
        public var weights: Tensor
    }

    /// Mini-batch SGD with weight decay, `w ← (1 − αγ) w − α g̃(w)`, for `steps` steps from
    /// `start`, each batch drawn uniformly with replacement from `rng`.
    public func sgdWithWeightDecay(from start: Tensor, learningRate alpha: Double, weightDecay gamma: Double,
                                   batchSize: Int, steps: Int, rng: inout RNG) -> Run {
        precondition(start.shape == [dimension] && start.norm() > 0,
                     "sgdWithWeightDecay needs a non-zero start of shape [\(dimension)], got \(start.shape)")
        precondition(batchSize > 0 && steps >= 0, "sgdWithWeightDecay needs batchSize > 0 and steps ≥ 0")
        var w = start.scalars
        var norm = start.norm()
        var angles = [Double](), norms = [norm]
        angles.reserveCapacity(steps)
        norms.reserveCapacity(steps + 1)
        var g = [Double](repeating: 0, count: dimension)
        var batch = [Int](repeating: 0, count: batchSize)
        for _ in 0..<steps {
            for b in 0..<batchSize { batch[b] = rng.int(below: count) }
            for j in 0..<dimension { g[j] = 0 }
            accumulateGradient(w, norm, batch[...], into: &g)
            var dotOldNew = 0.0, newSquared = 0.0
            for j in 0..<dimension {
                let updated = (1 - alpha * gamma) * w[j] - alpha * g[j]
                dotOldNew += w[j] * updated
                newSquared += updated * updated
                w[j] = updated
            }
            let newNorm = newSquared.squareRoot()
            angles.append(Foundation.acos(Swift.min(1, dotOldNew / (norm * newNorm))))
            norm = newNorm
            norms.append(norm)
        }
        return Run(angularUpdates: angles, norms: norms, weights: Tensor(w))
    }

    /// `xᵢᵀu` for row `i`.
    @inline(__always)
    private func score(_ i: Int, _ u: [Double]) -> Double {
        var s = 0.0
        let base = i * dimension
        for j in 0..<dimension { s += inputs[base + j] * u[j] }
        return s
    }

    /// Adds the mean gradient over `rows` at `w` (with norm `norm`) into `g`.
    private func accumulateGradient(_ w: [Double], _ norm: Double, _ rows: ArraySlice<Int>, into g: inout [Double]) {
        // ∂ℓ/∂u = s (σ(z) − y) x with z = s xᵀu; then ∇_w = (I − u uᵀ) ∇_u / ‖w‖.
        var gu = [Double](repeating: 0, count: dimension)
        let scale = logitScale / norm
        for i in rows {
            let z = scale * score(i, w)
            let residual = 1 / (1 + Foundation.exp(-z)) - targets[i]
            let base = i * dimension
            for j in 0..<dimension { gu[j] += residual * inputs[base + j] }
        }
        var radial = 0.0
        for j in 0..<dimension { radial += gu[j] * w[j] }
        radial /= norm * norm
        let factor = logitScale / (Double(rows.count) * norm)
        for j in 0..<dimension { g[j] += factor * (gu[j] - radial * w[j]) }
    }
}
