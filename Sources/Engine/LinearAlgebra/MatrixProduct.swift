import CBLAS
import CFastMath

/// Matrix and vector products through OpenBLAS (`dgemm`, `ddot`) and the engine's own
/// matrix-vector kernels (`cfm_gemv_n`, `cfm_gemv_t`; see `matrixVector`), which are as
/// fast as or faster than Debian's OpenBLAS 0.3.21 `dgemv`.
///
/// `A.matmul(B, transposeSelf: true)` computes `Aᵀ B` by passing `CblasTrans` to BLAS:
/// no transposed copy is made, so `X.matmul(r, transposeSelf: true)` is the cheap way to
/// write `Xᵀ r`.
extension Tensor {
    /// The shape of `op(a) · op(b)` where `op` optionally transposes a matrix. Vectors act as
    /// columns on the right (`[m, k] · [k] -> [m]`) and as rows on the left
    /// (`[k] · [k, n] -> [n]`); two vectors give a rank-0 dot product. Throws `ShapeError`.
    public static func matmulShape(_ a: [Int], _ b: [Int],
                                   transposeA: Bool = false, transposeB: Bool = false) throws -> [Int] {
        func fail(_ reason: String) -> ShapeError {
            ShapeError(operation: "matmul", shapes: [a, b], reason: reason)
        }
        guard (1...2).contains(a.count), (1...2).contains(b.count) else {
            throw fail("matmul needs vectors or matrices")
        }
        let (m, k1) = a.count == 2 ? (transposeA ? (a[1], a[0]) : (a[0], a[1])) : (1, a[0])
        let (k2, n) = b.count == 2 ? (transposeB ? (b[1], b[0]) : (b[0], b[1])) : (b[0], 1)
        guard k1 == k2 else {
            throw fail("inner dimensions \(k1) and \(k2) differ" + (transposeA || transposeB ? " (after transposition)" : ""))
        }
        switch (a.count, b.count) {
        case (2, 2): return [m, n]
        case (2, 1): return [m]
        case (1, 2): return [n]
        default: return []
        }
    }

    /// The matrix product `op(self) · op(other)`; vectors are treated as in `matmulShape`.
    /// A rank-3 operand makes it the batched product (`batchedMatmul`, as `torch.matmul`).
    /// A shape mismatch is a precondition failure (see `checkedMatmul` for a throwing form).
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Tensor {
        if rank == 3 || other.rank == 3 {
            return batchedMatmul(other, transposeSelf: transposeSelf, transposeOther: transposeOther)
        }
        do {
            return try checkedMatmul(other, transposeSelf: transposeSelf, transposeOther: transposeOther)
        } catch {
            Tensor.shapeFailure(error)
        }
    }

    /// `matmul` that throws `ShapeError` instead of stopping on incompatible shapes.
    public func checkedMatmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) throws -> Tensor {
        let shape = try Tensor.matmulShape(self.shape, other.shape, transposeA: transposeSelf, transposeB: transposeOther)
        let result = Tensor(uninitializedShape: shape)
        withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutablePointerToElements { c in
                    guard let pa = a.baseAddress, let pb = b.baseAddress else {
                        c.initialize(repeating: 0, count: result.count)
                        return
                    }
                    Tensor.product(pa, self.shape, transposeSelf, pb, other.shape, transposeOther, c)
                }
            }
        }
        return result
    }

    /// The dot product of two vectors of equal length.
    public func dot(_ other: Tensor) -> Double {
        precondition(rank == 1 && other.rank == 1 && count == other.count,
                     "shape mismatch in dot: \(shape) and \(other.shape): needs two vectors of equal length")
        return withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
                return cblas_ddot(Int32(count), pa, 1, pb, 1)
            }
        }
    }

    /// The outer product `self otherᵀ` of two vectors, shape `[count, other.count]`.
    public func outer(_ other: Tensor) -> Tensor {
        precondition(rank == 1 && other.rank == 1, "shape mismatch in outer: \(shape) and \(other.shape): needs two vectors")
        return reshaped([count, 1]) * other.reshaped([1, other.count])
    }

    /// Dispatches to dgemm, the matrix-vector kernels or ddot; `c` receives the row-major result.
    private static func product(_ a: UnsafePointer<Double>, _ aShape: [Int], _ transA: Bool,
                                _ b: UnsafePointer<Double>, _ bShape: [Int], _ transB: Bool,
                                _ c: UnsafeMutablePointer<Double>) {
        let flag = { (t: Bool) in t ? CblasTrans : CblasNoTrans }
        switch (aShape.count, bShape.count) {
        case (2, 2):
            let m = transA ? aShape[1] : aShape[0], k = transA ? aShape[0] : aShape[1]
            let n = transB ? bShape[0] : bShape[1]
            cblas_dgemm(CblasRowMajor, flag(transA), flag(transB), Int32(m), Int32(n), Int32(k),
                        1, a, Int32(aShape[1]), b, Int32(bShape[1]), 0, c, Int32(n))
        case (2, 1):
            matrixVector(a, aShape, transA, b, c)
        case (1, 2):
            // x·B = Bᵀx, so the transpose flag of B is flipped.
            matrixVector(b, bShape, !transB, a, c)
        default:
            c[0] = cblas_ddot(Int32(aShape[0]), a, 1, b, 1)
        }
    }

    /// `op(A) x` for a row-major matrix `A` into `y`, with the engine's own kernels
    /// (`cfm_gemv_t`, `cfm_gemv_n`) on the calling thread, whatever the BLAS thread count.
    /// Why not more threads: OpenBLAS 0.3.21's 2-thread `dgemv` was no faster than one
    /// thread on `[4096, 256]`; splitting the rows with `DispatchQueue.concurrentPerform`
    /// ran both halves on the calling thread (82–97 µs against 78–82 µs unsplit), since a
    /// product this short ends before a sleeping worker wakes; and a spinning helper thread
    /// (tried) halves the time on an idle second core but doubles it when that core is busy.
    private static func matrixVector(_ a: UnsafePointer<Double>, _ shape: [Int], _ transpose: Bool,
                                     _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) {
        transpose ? cfm_gemv_t(a, x, y, shape[0], shape[1]) : cfm_gemv_n(a, x, y, shape[0], shape[1])
    }
}
