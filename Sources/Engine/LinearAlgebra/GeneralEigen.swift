import CBLAS

/// The eigendecomposition of a real, not necessarily symmetric, square matrix, kept in
/// real arithmetic: `A · basis = basis · B`, where `B` is block diagonal with a 1×1 block
/// `λⱼ` for each real eigenvalue and a 2×2 block `[[a, b], [−b, a]]` for each complex pair
/// `a ± ib`. Column `j` of `basis` is the eigenvector of a real `λⱼ`; for a pair stored at
/// `j, j+1` the two columns are the real and imaginary parts of the eigenvector of `a + ib`.
///
/// This is what the iteration maps of games and momentum methods need: their Jacobians are
/// not symmetric, their eigenvalues come in complex pairs, and `‖Aᵗ‖ ≤ κ(basis) · ρᵗ` with
/// `ρ = spectralRadius` (each 2×2 block is a scaled rotation, whose powers have norm `|λ|ᵗ`).
public struct RealEigendecomposition: Sendable {
    /// Real parts of the eigenvalues, in LAPACK's order (a complex pair is adjacent, the
    /// member with positive imaginary part first).
    public let real: Tensor
    /// Imaginary parts of the eigenvalues.
    public let imaginary: Tensor
    /// The real eigenbasis described above, `[n, n]` (LAPACK normalizes each complex
    /// eigenvector `Re v + i Im v` to unit length); zeros when only eigenvalues were asked for.
    public let basis: Tensor

    /// `|λⱼ| = √(reⱼ² + imⱼ²)` for each eigenvalue.
    public var moduli: Tensor {
        Tensor(zip(real.scalars, imaginary.scalars).map { ($0 * $0 + $1 * $1).squareRoot() })
    }

    /// The largest modulus `ρ(A) = maxⱼ |λⱼ|`: a linear iteration `zₜ₊₁ = A zₜ` contracts
    /// asymptotically iff `ρ < 1`, at rate `ρ` per step.
    public var spectralRadius: Double { moduli.scalars.max() ?? 0 }

    /// The block-diagonal `B` with `A · basis = basis · B`.
    public var blockDiagonal: Tensor {
        let n = real.count
        var b = Tensor.zeros([n, n])
        for j in 0..<n {
            b[j, j] = real[j]
            if imaginary[j] > 0, j + 1 < n {
                b[j, j + 1] = imaginary[j]
                b[j + 1, j] = -imaginary[j]
            }
        }
        return b
    }
}

extension Tensor {
    /// Eigenvalues and a real eigenbasis of a general square matrix (LAPACK `dgeev`, as
    /// NumPy's `eig`). Throws `.noConvergence` when the QR algorithm fails and
    /// `.nonFiniteInput` for NaN or infinite entries.
    public func eigen() throws -> RealEigendecomposition {
        try generalEigenDriver(computeVectors: true)
    }

    /// The eigenvalues of a general square matrix as real and imaginary parts (`dgeev`).
    public func eigenvalues() throws -> (real: Tensor, imaginary: Tensor) {
        let e = try generalEigenDriver(computeVectors: false)
        return (e.real, e.imaginary)
    }

    /// The spectral radius `maxⱼ |λⱼ(A)|` of a general square matrix.
    public func spectralRadius() throws -> Double {
        try generalEigenDriver(computeVectors: false).spectralRadius
    }

    private func generalEigenDriver(computeVectors: Bool) throws -> RealEigendecomposition {
        let operation = computeVectors ? "eigen" : "eigenvalues"
        try LAPACK.requireSquare(self, operation)
        try LAPACK.requireFinite(self, operation: operation)
        let n = shape[0]
        var work = LAPACK.workingCopy(self)
        var re = Tensor(uninitializedShape: [n]), im = Tensor(uninitializedShape: [n])
        var vectors = Tensor.zeros([n, n])
        var unusedLeft = 0.0
        let info = work.withUnsafeMutableBufferPointer { a in
            re.withUnsafeMutableBufferPointer { wr in
                im.withUnsafeMutableBufferPointer { wi in
                    vectors.withUnsafeMutableBufferPointer { vr in
                        LAPACKE_dgeev(Int32(LAPACK_ROW_MAJOR), LAPACK.char("N"), LAPACK.char(computeVectors ? "V" : "N"),
                                      Int32(n), a.baseAddress, Int32(Swift.max(n, 1)), wr.baseAddress, wi.baseAddress,
                                      &unusedLeft, 1, vr.baseAddress, Int32(Swift.max(n, 1)))
                    }
                }
            }
        }
        try LAPACK.checkArguments(info, operation)
        if info > 0 { throw LinearAlgebraError.noConvergence(operation: operation, info: Int(info)) }
        return RealEigendecomposition(real: re, imaginary: im, basis: vectors)
    }
}
