import Foundation

/// Why a max-margin classifier does not exist for the given data.
public enum MaxMarginError: Error, CustomStringConvertible, Equatable {
    /// No hyperplane through the origin puts every point on the side of its label.
    case notSeparable

    public var description: String {
        "the data are not linearly separable by a hyperplane through the origin"
    }
}

/// The hard-margin support vector machine through the origin: the shortest `ŵ` with
/// `yᵢ ŵᵀxᵢ ≥ 1` for every example. Its direction is the one that gradient descent on the
/// logistic loss converges to on separable data (Soudry et al. 2018).
///
/// It is computed from the dual, `max Σαᵢ − ½‖Σαᵢyᵢxᵢ‖²` over `α ≥ 0`, with the exact
/// active-set solver `solveNonnegativeQP`; then `ŵ = Σ αᵢ yᵢ xᵢ`.
public struct HardMarginSVM: Sendable {
    /// The max-margin weights ŵ (scaled so the closest points have `yᵢ ŵᵀxᵢ = 1`).
    public let weights: Tensor
    /// The dual variables α ≥ 0; non-zero only on support vectors.
    public let dual: Tensor
    /// Indices of the examples with α > 0.
    public let supportVectors: [Int]

    /// The geometric margin `1/‖ŵ‖`: the distance from the hyperplane to the closest point.
    public var margin: Double { 1 / weights.norm() }
    /// The unit vector `ŵ/‖ŵ‖`.
    public var direction: Tensor { weights / weights.norm() }

    /// Fits the SVM to `inputs` (N × D, rows are examples) and `labels` (N values ±1).
    ///
    /// - Throws: `MaxMarginError.notSeparable` when no separating hyperplane through the
    ///   origin exists (the dual is unbounded), and the solver's errors otherwise.
    public init(inputs: Tensor, labels: Tensor) throws {
        precondition(inputs.rank == 2 && labels.count == inputs.rows,
                     "HardMarginSVM: inputs \(inputs.shape) and \(labels.count) labels do not match")
        let signed = inputs * labels.asColumn
        let gram = signed.matmul(signed, transposeOther: true)
        let solution: NonnegativeQPSolution
        do {
            solution = try solveNonnegativeQP(gram, Tensor(repeating: -1, shape: [inputs.rows]))
        } catch QuadraticProgramError.unbounded {
            throw MaxMarginError.notSeparable
        }
        dual = solution.x
        supportVectors = solution.support
        weights = signed.matmul(solution.x.asColumn, transposeSelf: true).flattened
    }
}

/// Full-batch gradient descent on the mean logistic loss `(1/N) Σ log(1 + exp(−yᵢ wᵀxᵢ))`
/// of a linear classifier without bias, from `w = 0`, returning `w` after each step count
/// in `checkpoints` (ascending). A plain loop: the chapter runs it for 10⁵ steps.
public func logisticGradientDescent(inputs: Tensor, labels: Tensor, stepSize: Double,
                                    checkpoints: [Int]) -> [Tensor] {
    precondition(inputs.rank == 2 && labels.count == inputs.rows,
                 "logisticGradientDescent: inputs \(inputs.shape) and \(labels.count) labels do not match")
    precondition(zip(checkpoints, checkpoints.dropFirst()).allSatisfy { $0 < $1 } && (checkpoints.first ?? 0) >= 0,
                 "logisticGradientDescent: checkpoints must be ascending and non-negative")
    let n = inputs.rows, d = inputs.cols
    let z = (inputs * labels.asColumn).scalars
    var w = [Double](repeating: 0, count: d), g = [Double](repeating: 0, count: d)
    var result: [Tensor] = []
    var next = 0
    let last = checkpoints.last ?? 0
    for step in 0...last {
        while next < checkpoints.count && checkpoints[next] == step {
            result.append(Tensor(w))
            next += 1
        }
        if step == last { break }
        for j in 0..<d { g[j] = 0 }
        for i in 0..<n {
            var margin = 0.0
            for j in 0..<d { margin += z[i * d + j] * w[j] }
            // −∂/∂margin log(1 + e^{−margin}) = 1 / (1 + e^{margin})
            let weight = 1 / (1 + Foundation.exp(margin))
            for j in 0..<d { g[j] += weight * z[i * d + j] }
        }
        for j in 0..<d { w[j] += stepSize * g[j] / Double(n) }
    }
    return result
}
