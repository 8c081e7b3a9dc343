/// The Moore–Penrose pseudo-inverse and numerical rank, from the SVD.
extension Tensor {
    /// The default cutoff for "zero" singular values: `max(m, n) · ε · max(S)`, as NumPy's
    /// `matrix_rank`.
    static func singularCutoff(_ s: Tensor, _ shape: [Int], _ rcond: Double?) -> Double {
        let largest = s.count > 0 ? s.max() : 0
        return (rcond ?? Double.ulpOfOne * Double(shape.max() ?? 1)) * largest
    }

    /// `A⁺ = V · diag(1/S) · Uᵀ` with singular values below `rcond · max(S)` dropped, so that
    /// `A A⁺ A = A`; `pinv().matmul(b)` is the minimum-norm least-squares solution.
    public func pseudoInverse(rcond: Double? = nil) throws -> Tensor {
        let decomposition = try svd()
        let cutoff = Tensor.singularCutoff(decomposition.S, shape, rcond)
        let inverted = decomposition.S.map { $0 > cutoff ? 1 / $0 : 0 }
        // (diag(1/S) Vt)ᵀ Uᵀ, with both transposes done by BLAS.
        let scaled = decomposition.Vt * inverted.asColumn
        return scaled.matmul(decomposition.U, transposeSelf: true, transposeOther: true)
    }

    /// The number of singular values above the cutoff (see `pseudoInverse`).
    public func matrixRank(rcond: Double? = nil) throws -> Int {
        let s = try singularValues()
        let cutoff = Tensor.singularCutoff(s, shape, rcond)
        return s.scalars.filter { $0 > cutoff }.count
    }
}
