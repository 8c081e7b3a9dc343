import Foundation

/// Bayesian linear regression with an isotropic Gaussian prior `w ~ 𝒩(0, α⁻¹I)` and
/// Gaussian noise of precision β, `y = Φw + 𝒩(0, β⁻¹I)`: the posterior over the weights
/// and the log marginal likelihood (evidence) of the targets, in closed form
/// (Bishop, *Pattern Recognition and Machine Learning*, §3.3–3.5).
public struct BayesianLinearRegression: Sendable {
    /// The prior precision α.
    public let priorPrecision: Double
    /// The noise precision β.
    public let noisePrecision: Double
    /// The posterior mean `m = β A⁻¹ Φᵀy` (the ridge solution with penalty α/β).
    public let posteriorMean: Tensor
    /// The posterior covariance `A⁻¹`, with `A = αI + βΦᵀΦ`.
    public let posteriorCovariance: Tensor
    /// `ln p(y | α, β) = (M/2) ln α + (N/2) ln β − E(m) − ½ ln|A| − (N/2) ln 2π`, where
    /// `E(m) = (β/2)‖y − Φm‖² + (α/2)‖m‖²`.
    public let logEvidence: Double
    /// The number of well-determined parameters `γ = Σ λᵢ/(λᵢ + α)`, λᵢ the eigenvalues
    /// of `βΦᵀΦ`.
    public let effectiveParameters: Double

    /// The posterior and evidence for features `Φ` (N × M), targets `y` (N) and the two
    /// precisions (both > 0).
    ///
    /// - Throws: `LinearAlgebraError` when the eigendecomposition of `ΦᵀΦ` fails.
    public init(features: Tensor, targets: Tensor, priorPrecision alpha: Double, noisePrecision beta: Double) throws {
        precondition(features.rank == 2 && targets.count == features.rows,
                     "BayesianLinearRegression: features \(features.shape) and \(targets.count) targets do not match")
        precondition(alpha > 0 && beta > 0, "BayesianLinearRegression: precisions must be positive, got α = \(alpha), β = \(beta)")
        let n = Double(features.rows), m = features.cols
        let gram = features.matmul(features, transposeSelf: true)
        let (values, vectors) = try gram.symmetricEigen()
        let lambdas = values.map { Swift.max($0, 0) * beta }
        // A⁻¹ = Q diag(1/(α + βλ)) Qᵀ in the eigenbasis of ΦᵀΦ.
        let inverseDiagonal = lambdas.map { 1 / (alpha + $0) }
        let covariance = (vectors * inverseDiagonal.asRow).matmul(vectors, transposeOther: true)
        let mean = beta * covariance.matmul(features.matmul(targets.asColumn, transposeSelf: true)).flattened
        let residual = targets - features.matmul(mean.asColumn).flattened
        let energy = 0.5 * beta * residual.dot(residual) + 0.5 * alpha * mean.dot(mean)
        let logDetA = lambdas.scalars.reduce(0) { $0 + Foundation.log(alpha + $1) }
        priorPrecision = alpha
        noisePrecision = beta
        posteriorMean = mean
        posteriorCovariance = covariance
        effectiveParameters = lambdas.scalars.reduce(0) { $0 + $1 / ($1 + alpha) }
        logEvidence = 0.5 * Double(m) * Foundation.log(alpha) + 0.5 * n * Foundation.log(beta) - energy
            - 0.5 * logDetA - 0.5 * n * Foundation.log(2 * Double.pi)
    }

    /// The evidence-maximizing prior precision by MacKay's fixed point `α ← γ/‖m‖²`
    /// (MacKay 1992, "Bayesian interpolation"), iterated from `initialPriorPrecision` until
    /// the relative change is below `tolerance`. Returns the model at the fixed point and
    /// the number of iterations.
    ///
    /// - Throws: `LinearAlgebraError.noConvergence` after `maxIterations` iterations, and
    ///   the errors of the eigendecomposition.
    public static func maximizingEvidence(features: Tensor, targets: Tensor, noisePrecision beta: Double,
                                          initialPriorPrecision: Double = 1, tolerance: Double = 1e-12,
                                          maxIterations: Int = 10_000) throws -> (model: BayesianLinearRegression, iterations: Int) {
        var alpha = initialPriorPrecision
        for iteration in 1...maxIterations {
            let model = try BayesianLinearRegression(features: features, targets: targets,
                                                     priorPrecision: alpha, noisePrecision: beta)
            let updated = model.effectiveParameters / model.posteriorMean.dot(model.posteriorMean)
            if Swift.abs(updated - alpha) <= tolerance * alpha {
                return (try BayesianLinearRegression(features: features, targets: targets,
                                                     priorPrecision: updated, noisePrecision: beta), iteration)
            }
            alpha = updated
        }
        throw LinearAlgebraError.noConvergence(operation: "MacKay evidence fixed point", info: maxIterations)
    }
}
