import CBLAS

/// Symmetric positive definite systems through one Cholesky factorization (LAPACK `dposv`):
/// half the work of LU and no pivoting, and the factorization doubles as the test for
/// positive definiteness, so a caller that needs both (a damped Newton step) factors once.
extension Tensor {
    /// The solution `x` of `A x = b` for symmetric positive definite `A` (only the lower
    /// triangle is read); `b` is a vector `[n]` or a matrix `[n, k]` of right-hand sides.
    /// Throws `LinearAlgebraError.notPositiveDefinite` when the factorization fails.
    public func solvePositiveDefinite(_ b: Tensor) throws -> Tensor {
        let (n, k) = try LAPACK.requireLinearSystem(self, b, "solvePositiveDefinite")
        var factor = LAPACK.workingCopy(self)
        // Row-major lower triangle = column-major upper triangle (as in `cholesky`);
        // right-hand sides must be column-major: a vector already is, a matrix is transposed.
        var rhs = b.rank == 1 ? LAPACK.workingCopy(b) : b.T
        let info = factor.withUnsafeMutableBufferPointer { a in
            rhs.withUnsafeMutableBufferPointer { x in
                LAPACKE_dposv(LAPACK.columnMajor, LAPACK.char("U"), Int32(n), Int32(k),
                              a.baseAddress, Int32(Swift.max(n, 1)), x.baseAddress, Int32(Swift.max(n, 1)))
            }
        }
        try LAPACK.checkArguments(info, "solvePositiveDefinite")
        if info > 0 { throw LinearAlgebraError.notPositiveDefinite(minorOrder: Int(info)) }
        return b.rank == 1 ? rhs : rhs.T
    }
}
