/// The differentiable batched product. Per batch element the chain rule is the matrix one
/// (`dP = G Qᵀ`, `dQ = Pᵀ G` with `P = op(A)`, `Q = op(B)`); an operand broadcast over the
/// batch receives the sum of its per-batch gradients.
extension Var {
    /// `op(self[b]) · op(other[b])` for every batch element `b` (see `Tensor.batchedMatmul`:
    /// `[batch, m, k] · [batch, k, n] → [batch, m, n]`, a matrix operand broadcasts).
    public func batchedMatmul(_ other: Var, transposeSelf: Bool = false, transposeOther: Bool = false) -> Var {
        let (ta, tb) = (transposeSelf, transposeOther)
        let value = self.value.batchedMatmul(other.value, transposeSelf: ta, transposeOther: tb)
        return Var.record(value, [self, other], "batchedMatmul") { g, x, _ in
            let (a, b) = (x[0], x[1])
            let da = !a.requiresGrad ? nil
                : (ta ? b.batchedMatmul(g, transposeSelf: tb, transposeOther: true)      // dA = Q Gᵀ
                      : g.batchedMatmul(b, transposeOther: !tb)).sumToShape(a.shape)     // dA = G Qᵀ
            let db = !b.requiresGrad ? nil
                : (tb ? g.batchedMatmul(a, transposeSelf: true, transposeOther: ta)      // dB = Gᵀ P
                      : a.batchedMatmul(g, transposeSelf: !ta)).sumToShape(b.shape)      // dB = Pᵀ G
            return [da, db]
        }
    }

    /// `batchedMatmul` with a constant right operand.
    public func batchedMatmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Var {
        batchedMatmul(Var(other), transposeSelf: transposeSelf, transposeOther: transposeOther)
    }
}
