/// The Lanczos method: `steps` matrix-vector products give a tridiagonal matrix whose
/// eigenvalues (Ritz values) approximate the operator's spectrum; the extreme eigenvalues
/// converge first. With the squared first components of its eigenvectors as weights, the
/// Ritz values form a Gauss quadrature of the spectral density seen from the start vector
/// (stochastic Lanczos quadrature, as in Ghorbani et al. 2019 for Hessians).
public struct LanczosResult: Sendable {
    /// Ritz values, ascending.
    public let ritzValues: Tensor
    /// Quadrature weights (sum to 1), one per Ritz value.
    public let weights: Tensor
    /// The tridiagonal matrix `T` (`[k, k]`, `k ≤ steps`).
    public let tridiagonal: Tensor
}

/// Runs Lanczos with full reorthogonalization from a seeded random unit vector; stops
/// early if an invariant subspace is found. Throws if the tridiagonal eigensolver fails.
public func lanczos(_ matvec: (Tensor) -> Tensor, dimension: Int, steps: Int, seed: UInt64 = 0) throws -> LanczosResult {
    precondition(dimension > 0 && steps > 0, "lanczos needs positive dimension and steps")
    var rng = RNG(seed: seed)
    var q = rng.normal([dimension])
    q /= q.norm()
    var basis: [Tensor] = [], alphas: [Double] = [], betas: [Double] = []
    for _ in 0..<Swift.min(steps, dimension) {
        basis.append(q)
        var w = matvec(q).flattened
        let alpha = w.dot(q)
        alphas.append(alpha)
        for _ in 0..<2 {  // twice is enough (Kahan–Parlett)
            for b in basis { w -= w.dot(b) * b }
        }
        let beta = w.norm()
        if beta < 1e-10 * Swift.max(Swift.abs(alpha), 1) || basis.count == Swift.min(steps, dimension) { break }
        betas.append(beta)
        q = w / beta
    }
    let k = alphas.count
    var T = Tensor.diag(Tensor(alphas))
    for (i, beta) in betas.prefix(k - 1).enumerated() {
        T[i, i + 1] = beta
        T[i + 1, i] = beta
    }
    let (values, vectors) = try T.symmetricEigen()
    let firstRow = vectors[0, ...]
    return LanczosResult(ritzValues: values, weights: firstRow * firstRow, tridiagonal: T)
}
