import CBLAS

/// Shared plumbing for the LAPACK wrappers.
///
/// The engine stores matrices row-major, LAPACK wants column-major. A row-major buffer of
/// `A` *is* the column-major buffer of `Aᵀ`, so the wrappers hand LAPACK the transpose and
/// rewrite the problem (solve with `trans = 'T'`, swap `U` and `Vᵀ` in the SVD, flip the
/// triangle in Cholesky) instead of copying into a transposed layout.
enum LAPACK {
    static let columnMajor = Int32(LAPACK_COL_MAJOR)

    /// A LAPACK character argument.
    static func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

    /// Throws unless `a` is a square matrix.
    static func requireSquare(_ a: Tensor, _ operation: String) throws {
        guard a.rank == 2, a.shape[0] == a.shape[1] else {
            throw ShapeError(operation: operation, shapes: [a.shape], reason: "needs a square matrix")
        }
    }

    /// Checks `A x = b` before a solve: `A` square and finite, `b` a finite vector `[n]` or
    /// matrix `[n, k]` of right-hand sides. Returns `n` and the number of right-hand sides.
    static func requireLinearSystem(_ a: Tensor, _ b: Tensor, _ operation: String) throws -> (n: Int, columns: Int) {
        try requireSquare(a, operation)
        let n = a.shape[0]
        guard b.rank == 1 || b.rank == 2, b.shape[0] == n else {
            throw ShapeError(operation: operation, shapes: [a.shape, b.shape], reason: "right-hand side needs \(n) rows")
        }
        try requireFinite(a, b, operation: operation)
        return (n, b.rank == 1 ? 1 : b.shape[1])
    }

    /// Throws unless every element of every tensor is finite.
    static func requireFinite(_ tensors: Tensor..., operation: String) throws {
        for t in tensors where !t.withUnsafeBufferPointer({ $0.allSatisfy(\.isFinite) }) {
            throw LinearAlgebraError.nonFiniteInput(operation: operation)
        }
    }

    /// Maps LAPACK's `info` for argument errors; positive codes are handled by callers.
    static func checkArguments(_ info: Int32, _ operation: String) throws {
        if info < 0 { throw LinearAlgebraError.lapackArgument(operation: operation, info: Int(info)) }
    }

    /// A fresh (unshared) copy of `a`'s storage, since LAPACK overwrites its input.
    static func workingCopy(_ a: Tensor) -> Tensor {
        Tensor(shape: a.shape, storage: a.storage.copy())
    }
}
