import CBLAS

/// The result of `svd()`: `A = U · diag(S) · Vt` with `k = min(m, n)`, `U` of shape
/// `[m, k]` with orthonormal columns, `S` descending non-negative, `Vt` of shape `[k, n]`.
public struct SingularValueDecomposition: Sendable {
    public let U: Tensor
    public let S: Tensor
    public let Vt: Tensor
}

/// Factorizations of dense matrices through LAPACK.
extension Tensor {
    /// The lower-triangular Cholesky factor `L` with `A = L Lᵀ` of a symmetric positive
    /// definite matrix (LAPACK `dpotrf`; only the lower triangle of `self` is read).
    /// Throws `LinearAlgebraError.notPositiveDefinite` otherwise.
    public func cholesky() throws -> Tensor {
        try LAPACK.requireSquare(self, "cholesky")
        try LAPACK.requireFinite(self, operation: "cholesky")
        let n = shape[0]
        var factor = LAPACK.workingCopy(self)
        // Row-major lower triangle = column-major upper triangle.
        let info = factor.withUnsafeMutableBufferPointer { p in
            LAPACKE_dpotrf(LAPACK.columnMajor, LAPACK.char("U"), Int32(n), p.baseAddress, Int32(Swift.max(n, 1)))
        }
        try LAPACK.checkArguments(info, "cholesky")
        if info > 0 { throw LinearAlgebraError.notPositiveDefinite(minorOrder: Int(info)) }
        factor.withUnsafeMutableBufferPointer { p in
            for i in 0..<n { for j in (i + 1)..<Swift.max(i + 1, n) { p[i * n + j] = 0 } }
        }
        return factor
    }

    /// Eigenvalues (ascending) and orthonormal eigenvectors (the columns of `vectors`) of a
    /// symmetric matrix, so `A = vectors · diag(values) · vectorsᵀ` (LAPACK `dsyevd`,
    /// divide and conquer, as NumPy's `eigh`; only the lower triangle is read).
    public func symmetricEigen() throws -> (values: Tensor, vectors: Tensor) {
        let (values, work) = try symmetricEigenDriver(computeVectors: true, "symmetricEigen")
        // Column-major eigenvector columns are row-major rows: transpose once.
        return (values, work.T)
    }

    /// The eigenvalues (ascending) of a symmetric matrix, without eigenvectors.
    public func symmetricEigenvalues() throws -> Tensor {
        try symmetricEigenDriver(computeVectors: false, "symmetricEigenvalues").values
    }

    /// Runs `dsyevd` on a copy; returns the eigenvalues and the overwritten copy, which
    /// holds the eigenvectors (column-major) when `computeVectors` is true.
    private func symmetricEigenDriver(computeVectors: Bool, _ operation: String) throws -> (values: Tensor, work: Tensor) {
        try LAPACK.requireSquare(self, operation)
        try LAPACK.requireFinite(self, operation: operation)
        let n = shape[0]
        var work = LAPACK.workingCopy(self)
        var values = Tensor(uninitializedShape: [n])
        let info = work.withUnsafeMutableBufferPointer { a in
            values.withUnsafeMutableBufferPointer { w in
                LAPACKE_dsyevd(LAPACK.columnMajor, LAPACK.char(computeVectors ? "V" : "N"), LAPACK.char("U"),
                               Int32(n), a.baseAddress, Int32(Swift.max(n, 1)), w.baseAddress)
            }
        }
        try LAPACK.checkArguments(info, operation)
        if info > 0 { throw LinearAlgebraError.noConvergence(operation: operation, info: Int(info)) }
        return (values, work)
    }

    /// The thin singular value decomposition (LAPACK `dgesdd`, as NumPy's `svd` with
    /// `full_matrices=False`). Throws `.noConvergence` if the iteration fails.
    public func svd() throws -> SingularValueDecomposition {
        guard rank == 2 else { throw ShapeError(operation: "svd", shapes: [shape], reason: "needs a matrix") }
        try LAPACK.requireFinite(self, operation: "svd")
        let m = shape[0], n = shape[1], k = Swift.min(m, n)
        // LAPACK factors the column-major matrix Aᵀ (n x m) = U' S V'ᵀ, so A = V' S U'ᵀ:
        // the row-major reading of V'ᵀ's buffer is U, and of U''s buffer is Vᵀ.
        var work = LAPACK.workingCopy(self)
        var s = Tensor(uninitializedShape: [k])
        var vt = Tensor(uninitializedShape: [k, n])
        var u = Tensor(uninitializedShape: [m, k])
        let info = work.withUnsafeMutableBufferPointer { a in
            s.withUnsafeMutableBufferPointer { sp in
                vt.withUnsafeMutableBufferPointer { up in
                    u.withUnsafeMutableBufferPointer { vtp in
                        LAPACKE_dgesdd(LAPACK.columnMajor, LAPACK.char("S"), Int32(n), Int32(m),
                                       a.baseAddress, Int32(Swift.max(n, 1)), sp.baseAddress,
                                       up.baseAddress, Int32(Swift.max(n, 1)), vtp.baseAddress, Int32(Swift.max(k, 1)))
                    }
                }
            }
        }
        try LAPACK.checkArguments(info, "svd")
        if info > 0 { throw LinearAlgebraError.noConvergence(operation: "svd", info: Int(info)) }
        return SingularValueDecomposition(U: u, S: s, Vt: vt)
    }

    /// The singular values in descending order.
    public func singularValues() throws -> Tensor {
        try svd().S
    }
}
