/// The differentiable matrix product. With `P = op(A)`, `Q = op(B)` and output gradient
/// `G`, the chain rule is `dP = G Qᵀ`, `dQ = Pᵀ G`; the transposes are passed to BLAS as
/// flags, so no transposed copies are made in the backward pass either.
extension Var {
    /// `op(self) · op(other)` where `op` transposes a matrix when its flag is set. Vectors
    /// act as in `Tensor.matmul`: a column on the right, a row on the left. A rank-3
    /// operand makes it the batched product (`batchedMatmul`).
    public func matmul(_ other: Var, transposeSelf: Bool = false, transposeOther: Bool = false) -> Var {
        if value.rank == 3 || other.value.rank == 3 {
            return batchedMatmul(other, transposeSelf: transposeSelf, transposeOther: transposeOther)
        }
        let a = value.rank == 1 ? reshaped([1, count]) : self
        let b = other.value.rank == 1 ? other.reshaped([other.count, 1]) : other
        let product = Var.matrixProduct(a, b, transposeSelf && value.rank == 2, transposeOther && other.value.rank == 2)
        switch (value.rank, other.value.rank) {
        case (2, 2): return product
        case (1, 1): return product.reshaped([])
        default: return product.flattened
        }
    }

    /// `self · other` with a constant right operand (data): `w.matmul(X)`.
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Var {
        matmul(Var(other), transposeSelf: transposeSelf, transposeOther: transposeOther)
    }

    /// `op(a) · op(b)` for two matrices.
    private static func matrixProduct(_ a: Var, _ b: Var, _ ta: Bool, _ tb: Bool) -> Var {
        precondition(a.value.rank == 2 && b.value.rank == 2, "matmul needs vectors or matrices: \(a.shape) and \(b.shape)")
        let value = a.value.matmul(b.value, transposeSelf: ta, transposeOther: tb)
        return record(value, [a, b], "matmul") { g, x, _ in
            let (a, b) = (x[0], x[1])
            let da = !a.requiresGrad ? nil
                : ta ? b.matrixProductVar(g, tb, true)      // dA = Q Gᵀ
                     : g.matrixProductVar(b, false, !tb)    // dA = G Qᵀ
            let db = !b.requiresGrad ? nil
                : tb ? g.matrixProductVar(a, true, ta)      // dB = Gᵀ P
                     : a.matrixProductVar(g, !ta, false)    // dB = Pᵀ G
            return [da, db]
        }
    }

    private func matrixProductVar(_ other: Var, _ ta: Bool, _ tb: Bool) -> Var {
        Var.matrixProduct(self, other, ta, tb)
    }
}

extension Tensor {
    /// `self · w` with a differentiable right operand: `X.matmul(w)` for data `X`.
    public func matmul(_ other: Var, transposeSelf: Bool = false, transposeOther: Bool = false) -> Var {
        Var(self).matmul(other, transposeSelf: transposeSelf, transposeOther: transposeOther)
    }
}

/// Matrix product operator for chapter code: `X ⋅ w` is `X.matmul(w)`.
infix operator ⋅ : MultiplicationPrecedence

public func ⋅ (lhs: Var, rhs: Var) -> Var { lhs.matmul(rhs) }
public func ⋅ (lhs: Tensor, rhs: Var) -> Var { lhs.matmul(rhs) }
public func ⋅ (lhs: Var, rhs: Tensor) -> Var { lhs.matmul(rhs) }
public func ⋅ (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.matmul(rhs) }
