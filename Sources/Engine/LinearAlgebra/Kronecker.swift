/// The Kronecker product, the algebra behind K-FAC's curvature blocks.
extension Tensor {
    /// `A ⊗ B` for matrices `A` `[m, n]` and `B` `[p, q]`: the `[m·p, n·q]` matrix whose
    /// block `(i, j)` is `A[i, j] · B`. With row-major vectorization `vec(X)` of an `[n, q]`
    /// matrix, `(A ⊗ B) vec(X) = vec(A X Bᵀ)`, so `(A ⊗ B)⁻¹ vec(V) = vec(A⁻¹ V B⁻ᵀ)`:
    /// a Kronecker-factored system is solved with two small solves.
    public func kronecker(_ other: Tensor) -> Tensor {
        precondition(rank == 2 && other.rank == 2, "kronecker needs two matrices, got \(shape) and \(other.shape)")
        let (m, n, p, q) = (shape[0], shape[1], other.shape[0], other.shape[1])
        var result = Tensor.zeros([m * p, n * q])
        result.withUnsafeMutableBufferPointer { r in
            withUnsafeBufferPointer { a in
                other.withUnsafeBufferPointer { b in
                    for i in 0..<m {
                        for j in 0..<n {
                            let aij = a[i * n + j]
                            for k in 0..<p {
                                let row = (i * p + k) * (n * q) + j * q
                                for l in 0..<q { r[row + l] = aij * b[k * q + l] }
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
