import CBLAS

/// Batched matrix products for attention layers: `C[b] = op(A[b]) · op(B[b])` over a
/// leading batch axis, one `dgemm` per batch element (no copies; transposes are BLAS flags).
extension Tensor {
    /// `op(self[b]) · op(other[b])` for every `b`: `[batch, m, k] · [batch, k, n] → [batch, m, n]`,
    /// where `op` transposes the last two axes when its flag is set. A matrix (rank 2) or a
    /// batch extent of 1 broadcasts over the other operand's batch, as in `torch.matmul`:
    /// `X.batchedMatmul(W)` applies one `W` to every batch element.
    public func batchedMatmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Tensor {
        let plan: BatchedProduct
        do { plan = try BatchedProduct(shape, transposeSelf, other.shape, transposeOther) } catch { Tensor.shapeFailure(error) }
        let result = Tensor(uninitializedShape: [plan.batch, plan.m, plan.n])
        withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutablePointerToElements { c in
                    guard let pa = a.baseAddress, let pb = b.baseAddress, plan.k > 0 else {
                        c.initialize(repeating: 0, count: result.count)
                        return
                    }
                    plan.run(pa, pb, c)
                }
            }
        }
        return result
    }
}

/// The shapes and strides of one batched product, checked.
struct BatchedProduct {
    let batch, m, k, n: Int
    let transposeA, transposeB: Bool
    let aStride, bStride: Int
    let lda, ldb: Int

    init(_ a: [Int], _ ta: Bool, _ b: [Int], _ tb: Bool) throws {
        func fail(_ reason: String) -> ShapeError { ShapeError(operation: "batchedMatmul", shapes: [a, b], reason: reason) }
        guard (2...3).contains(a.count), (2...3).contains(b.count), a.count == 3 || b.count == 3 else {
            throw fail("needs rank-3 [batch, rows, cols] operands (one may be a matrix)")
        }
        let batchA = a.count == 3 ? a[0] : 1, batchB = b.count == 3 ? b[0] : 1
        guard batchA == batchB || batchA == 1 || batchB == 1 else {
            throw fail("batch extents \(batchA) and \(batchB) differ")
        }
        let (ra, ca) = (a[a.count - 2], a[a.count - 1]), (rb, cb) = (b[b.count - 2], b[b.count - 1])
        let (m, k1) = ta ? (ca, ra) : (ra, ca)
        let (k2, n) = tb ? (cb, rb) : (rb, cb)
        guard k1 == k2 else { throw fail("inner dimensions \(k1) and \(k2) differ") }
        (batch, self.m, k, self.n) = (Swift.max(batchA, batchB), m, k1, n)
        (transposeA, transposeB) = (ta, tb)
        aStride = batchA == 1 ? 0 : ra * ca
        bStride = batchB == 1 ? 0 : rb * cb
        (lda, ldb) = (Swift.max(ca, 1), Swift.max(cb, 1))
    }

    /// One `dgemm` per batch element into the row-major `[batch, m, n]` result `c`.
    func run(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>) {
        let flag = { (t: Bool) in t ? CblasTrans : CblasNoTrans }
        for index in 0..<batch {
            cblas_dgemm(CblasRowMajor, flag(transposeA), flag(transposeB), Int32(m), Int32(n), Int32(k),
                        1, a + index * aStride, Int32(lda), b + index * bStride, Int32(ldb),
                        0, c + index * m * n, Int32(Swift.max(n, 1)))
        }
    }
}
