import CBLAS

/// The result of `leastSquaresFit`, the four outputs of `numpy.linalg.lstsq`.
public struct LeastSquaresFit: Sendable {
    /// The minimum-norm minimizer `x` of `‖A x − b‖²` (`[n]` for a vector `b`, `[n, k]` for `[m, k]`).
    public let solution: Tensor
    /// `‖A x − b‖²` for each right-hand side (shape `[]` for a vector `b`, `[k]` for a matrix),
    /// or `nil` when `rank < n` or `m ≤ n`, where NumPy returns an empty array.
    public let residualSumOfSquares: Tensor?
    /// The effective rank: the number of singular values above `rcond · max(S)`.
    public let rank: Int
    /// The singular values of `A`, descending (`[min(m, n)]`).
    public let singularValues: Tensor
}

/// Least squares through LAPACK `dgelsd` (SVD-based, divide and conquer), as NumPy's `lstsq`.
extension Tensor {
    /// The minimum-norm least-squares solution of `A x ≈ b`. Singular values below
    /// `rcond · max(S)` are treated as zero; the default `rcond` is machine epsilon times
    /// `max(m, n)` (NumPy's default).
    public func leastSquares(_ b: Tensor, rcond: Double? = nil) throws -> Tensor {
        try leastSquaresFit(b, rcond: rcond).solution
    }

    /// The solution of `A x ≈ b` with the residual sum of squares `‖A x − b‖²`, the effective
    /// rank and the singular values of `A` (all of `numpy.linalg.lstsq`'s outputs).
    /// The residuals come from `dgelsd`'s transformed right-hand side (rows `n..<m`), as
    /// in NumPy, so they cost nothing extra.
    public func leastSquaresFit(_ b: Tensor, rcond: Double? = nil) throws -> LeastSquaresFit {
        guard rank == 2 else { throw ShapeError(operation: "leastSquares", shapes: [shape], reason: "needs a matrix") }
        let m = shape[0], n = shape[1]
        guard (b.rank == 1 || b.rank == 2), b.shape[0] == m else {
            throw ShapeError(operation: "leastSquares", shapes: [shape, b.shape], reason: "right-hand side needs \(m) rows")
        }
        try LAPACK.requireFinite(self, b, operation: "leastSquares")
        let k = b.rank == 1 ? 1 : b.shape[1], ldb = Swift.max(m, n, 1)
        var a = self.T  // column-major A
        // Column-major right-hand sides padded to max(m, n) rows; the solution overwrites them.
        var x = Tensor.zeros([k, ldb])
        x[..., 0..<m] = b.rank == 1 ? b.reshaped([1, m]) : b.T
        var singular = Tensor(uninitializedShape: [Swift.min(m, n)])
        var effectiveRank: Int32 = 0
        let threshold = rcond ?? Double.ulpOfOne * Double(Swift.max(m, n))
        let info = a.withUnsafeMutableBufferPointer { ap in
            x.withUnsafeMutableBufferPointer { xp in
                singular.withUnsafeMutableBufferPointer { sp in
                    LAPACKE_dgelsd(LAPACK.columnMajor, Int32(m), Int32(n), Int32(k), ap.baseAddress, Int32(Swift.max(m, 1)),
                                   xp.baseAddress, Int32(ldb), sp.baseAddress, threshold, &effectiveRank)
                }
            }
        }
        try LAPACK.checkArguments(info, "leastSquares")
        if info > 0 { throw LinearAlgebraError.noConvergence(operation: "leastSquares", info: Int(info)) }
        let solution = x[..., 0..<n]
        var residuals: Tensor?
        if Int(effectiveRank) == n && m > n {
            let tail = x[..., n..<m]
            let sums = (tail * tail).sum(axis: 1)
            residuals = b.rank == 1 ? sums.reshaped([]) : sums
        }
        return LeastSquaresFit(solution: b.rank == 1 ? solution.reshaped([n]) : solution.T,
                               residualSumOfSquares: residuals, rank: Int(effectiveRank), singularValues: singular)
    }
}
