import CBLAS

/// Linear systems and inverses through LU (`dgetrf`/`dgetrs`/`dgetri`; least squares is in
/// `LeastSquares.swift`). Singular and numerically singular matrices throw rather than return
/// infinities: after the LU step the reciprocal condition number is estimated (`dgecon`)
/// and anything below machine epsilon is reported as `.illConditioned`.
extension Tensor {
    /// The solution `x` of `A x = b` for square `A`; `b` is a vector `[n]` or a matrix `[n, k]`
    /// of right-hand sides (result has the same shape as `b`).
    public func solve(_ b: Tensor) throws -> Tensor {
        let (n, k) = try LAPACK.requireLinearSystem(self, b, "solve")
        var (lu, pivots) = try LAPACK.factorLU(self, "solve")
        // The row-major buffer is column-major Aᵀ, so solve (Aᵀ)ᵀ x = b with trans = 'T'.
        // Right-hand sides must be column-major: a vector already is, a matrix is transposed.
        var rhs = b.rank == 1 ? LAPACK.workingCopy(b) : b.T
        let info = lu.withUnsafeMutableBufferPointer { a in
            rhs.withUnsafeMutableBufferPointer { x in
                LAPACKE_dgetrs(LAPACK.columnMajor, LAPACK.char("T"), Int32(n), Int32(k),
                               a.baseAddress, Int32(Swift.max(n, 1)), &pivots, x.baseAddress, Int32(Swift.max(n, 1)))
            }
        }
        try LAPACK.checkArguments(info, "solve")
        return b.rank == 1 ? rhs : rhs.T
    }

    /// The inverse of a square matrix. Prefer `solve` for systems: it is faster and more
    /// accurate than multiplying by the inverse.
    public func inverse() throws -> Tensor {
        try LAPACK.requireSquare(self, "inverse")
        try LAPACK.requireFinite(self, operation: "inverse")
        let n = shape[0]
        var (lu, pivots) = try LAPACK.factorLU(self, "inverse")
        // dgetri inverts column-major Aᵀ; (Aᵀ)⁻¹ read row-major is A⁻¹.
        let info = lu.withUnsafeMutableBufferPointer { a in
            LAPACKE_dgetri(LAPACK.columnMajor, Int32(n), a.baseAddress, Int32(Swift.max(n, 1)), &pivots)
        }
        try LAPACK.checkArguments(info, "inverse")
        if info > 0 { throw LinearAlgebraError.singularMatrix(operation: "inverse", pivot: Int(info)) }
        return lu
    }
}

extension LAPACK {
    /// LU-factors the column-major reading (`Aᵀ`) of a square row-major matrix and checks
    /// that it is not singular, exactly or to working precision.
    static func factorLU(_ a: Tensor, _ operation: String) throws -> (Tensor, [Int32]) {
        let n = a.shape[0]
        var lu = workingCopy(a)
        var pivots = [Int32](repeating: 0, count: n)
        var rcond = 0.0
        let info = lu.withUnsafeMutableBufferPointer { p -> Int32 in
            let lda = Int32(Swift.max(n, 1))
            let norm = LAPACKE_dlange(columnMajor, char("1"), Int32(n), Int32(n), p.baseAddress, lda)
            let status = LAPACKE_dgetrf(columnMajor, Int32(n), Int32(n), p.baseAddress, lda, &pivots)
            if status == 0 && n > 0 {
                _ = LAPACKE_dgecon(columnMajor, char("1"), Int32(n), p.baseAddress, lda, norm, &rcond)
            }
            return status
        }
        try checkArguments(info, operation)
        if info > 0 { throw LinearAlgebraError.singularMatrix(operation: operation, pivot: Int(info)) }
        if n > 0 && !(rcond >= Double.ulpOfOne) {
            throw LinearAlgebraError.illConditioned(operation: operation, reciprocalCondition: rcond)
        }
        return (lu, pivots)
    }
}
