import CBLAS

/// The thin QR factorization through Householder reflections (LAPACK `dgeqrf` + `dorgqr`).
extension Tensor {
    /// `A = Q R` with `Q` of shape `[m, k]` (orthonormal columns), `R` upper triangular of
    /// shape `[k, n]`, `k = min(m, n)`. Throws only for non-finite input.
    public func qr() throws -> (Q: Tensor, R: Tensor) {
        guard rank == 2 else { throw ShapeError(operation: "qr", shapes: [shape], reason: "needs a matrix") }
        try LAPACK.requireFinite(self, operation: "qr")
        return LAPACK.householderQR(self)
    }
}

extension LAPACK {
    /// QR of a finite matrix; LAPACK can only fail here on invalid arguments (an engine bug).
    static func householderQR(_ a: Tensor) -> (Q: Tensor, R: Tensor) {
        let m = a.shape[0], n = a.shape[1], k = Swift.min(m, n), lda = Int32(Swift.max(m, 1))
        var work = a.T  // column-major A
        var tau = [Double](repeating: 0, count: Swift.max(k, 1))
        let info = work.withUnsafeMutableBufferPointer { p in
            LAPACKE_dgeqrf(columnMajor, Int32(m), Int32(n), p.baseAddress, lda, &tau)
        }
        precondition(info == 0, "dgeqrf rejected argument \(-info)")
        var r = Tensor.zeros([k, n])
        work.withUnsafeBufferPointer { p in
            r.withUnsafeMutableBufferPointer { rp in
                for i in 0..<k { for j in i..<n { rp[i * n + j] = p[j * m + i] } }
            }
        }
        var q = work[0..<k, ...]  // first k columns of the column-major buffer
        let status = q.withUnsafeMutableBufferPointer { p in
            LAPACKE_dorgqr(columnMajor, Int32(m), Int32(k), Int32(k), p.baseAddress, lda, &tau)
        }
        precondition(status == 0, "dorgqr rejected argument \(-status)")
        return (q.T, r)
    }
}
