import Foundation

/// Single-example SGD on the least-squares cost `J(w) = (1/2N) Σ (xᵢᵀw − yᵢ)²`: at each
/// step one example `i` is drawn uniformly and `w ← w − α xᵢ(xᵢᵀw − yᵢ)`. Returns every
/// `thin`-th iterate after the first `burnIn` steps as the rows of a matrix (`steps/thin`
/// rows): samples from SGD's stationary distribution when `burnIn` is long enough.
/// A plain loop, because the chapters run it for 10⁵–10⁶ steps.
public func leastSquaresSGDIterates(inputs: Tensor, targets: Tensor, start: Tensor, stepSize: Double,
                                    burnIn: Int, steps: Int, thin: Int, rng: inout RNG) -> Tensor {
    precondition(inputs.rank == 2 && targets.count == inputs.rows && start.count == inputs.cols,
                 "leastSquaresSGDIterates: inputs \(inputs.shape), \(targets.count) targets, start \(start.shape)")
    precondition(thin >= 1 && steps >= thin && burnIn >= 0, "leastSquaresSGDIterates: need steps ≥ thin ≥ 1, burnIn ≥ 0")
    let n = inputs.rows, d = inputs.cols
    let x = inputs.scalars, y = targets.scalars
    var w = start.scalars
    var samples: [Double] = []
    samples.reserveCapacity((steps / thin) * d)
    for step in 0..<(burnIn + steps) {
        let i = rng.int(below: n)
        var residual = -y[i]
        for j in 0..<d { residual += x[i * d + j] * w[j] }
        for j in 0..<d { w[j] -= stepSize * residual * x[i * d + j] }
        if step >= burnIn && (step - burnIn + 1) % thin == 0 { samples += w }
    }
    return Tensor(shape: [samples.count / d, d], scalars: samples)
}

/// The solution `Σ` of the discrete Lyapunov equation `Σ = (I − αH)Σ(I − αH) + α²C`: the
/// stationary covariance of the linear iteration `e ← (I − αH)e + α ξ` with noise `ξ` of
/// covariance `C` independent of `e` (Mandt, Hoffman & Blei 2017). Solved in the
/// eigenbasis of `H`, where it decouples: `Σ̃ᵢⱼ = α² C̃ᵢⱼ / (1 − (1 − αλᵢ)(1 − αλⱼ))`.
///
/// - Throws: `LinearAlgebraError` when the eigendecomposition fails.
public func lyapunovStationaryCovariance(hessian H: Tensor, noiseCovariance C: Tensor, stepSize alpha: Double) throws -> Tensor {
    let d = H.rows
    precondition(H.shape == [d, d] && C.shape == [d, d], "lyapunovStationaryCovariance: H \(H.shape), C \(C.shape)")
    let (values, Q) = try H.symmetricEigen()
    let rotated = Q.matmul(C, transposeSelf: true).matmul(Q).scalars
    let factors = values.scalars.map { 1 - alpha * $0 }
    precondition(factors.allSatisfy { Swift.abs($0) < 1 },
                 "lyapunovStationaryCovariance: the iteration is unstable (|1 − αλ| ≥ 1)")
    var solved = [Double](repeating: 0, count: d * d)
    for i in 0..<d {
        for j in 0..<d { solved[i * d + j] = alpha * alpha * rotated[i * d + j] / (1 - factors[i] * factors[j]) }
    }
    return Q.matmul(Tensor(shape: [d, d], scalars: solved)).matmul(Q, transposeOther: true)
}

/// The exact stationary covariance of single-example SGD (`leastSquaresSGDIterates`) around
/// the least-squares solution `w*`. With `e = w − w*` and residuals `rᵢ = yᵢ − xᵢᵀw*`, one
/// step is `e ← (I − α xᵢxᵢᵀ) e + α rᵢ xᵢ`; the mean of `e` is 0 and its covariance solves
/// `Σ = (1/N) Σᵢ (I − α xᵢxᵢᵀ) Σ (I − α xᵢxᵢᵀ) + α² C`, `C = (1/N) Σᵢ rᵢ² xᵢxᵢᵀ`, a linear
/// system in the D² entries of Σ. Unlike `lyapunovStationaryCovariance` it keeps the
/// multiplicative part of the noise (the `α² 𝔼[xxᵀΣxxᵀ] − α² HΣH` term).
///
/// - Throws: `LinearAlgebraError` when the least-squares fit or the linear solve fails.
public func exactLeastSquaresSGDCovariance(inputs: Tensor, targets: Tensor, stepSize alpha: Double) throws -> Tensor {
    let n = inputs.rows, d = inputs.cols
    let solution = try inputs.leastSquares(targets)
    let residuals = (targets - inputs.matmul(solution.asColumn).flattened).scalars
    let x = inputs.scalars
    let size = d * d
    // system · vec(Σ) = α² vec(C), system = I − (1/N) Σᵢ Aᵢ ⊗ Aᵢ, Aᵢ = I − α xᵢxᵢᵀ.
    var system = [Double](repeating: 0, count: size * size)
    var noise = [Double](repeating: 0, count: size)
    var a = [Double](repeating: 0, count: size)
    for i in 0..<n {
        for p in 0..<d {
            for q in 0..<d { a[p * d + q] = (p == q ? 1 : 0) - alpha * x[i * d + p] * x[i * d + q] }
        }
        for p in 0..<d {
            for q in 0..<d {
                noise[p * d + q] += alpha * alpha * residuals[i] * residuals[i] * x[i * d + p] * x[i * d + q] / Double(n)
                // (AΣA)_pq = Σ_rs A_pr Σ_rs A_sq
                for r in 0..<d {
                    for s in 0..<d {
                        system[(p * d + q) * size + r * d + s] -= a[p * d + r] * a[s * d + q] / Double(n)
                    }
                }
            }
        }
    }
    for k in 0..<size { system[k * size + k] += 1 }
    let vecSigma = try Tensor(shape: [size, size], scalars: system).solve(Tensor(noise))
    return vecSigma.reshaped([d, d])
}
