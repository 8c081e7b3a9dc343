/// Changing shape: reshaping (shares storage), transposition, concatenation and stacking.
extension Tensor {
    /// The same elements seen with a new shape of equal element count (no copy).
    /// One extent may be `-1`, meaning "whatever makes the count match".
    public func reshaped(_ newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let hole = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != hole }.reduce(1) { $0 * $1.element }
            precondition(known > 0 && count % known == 0, "cannot reshape \(shape) to \(newShape)")
            resolved[hole] = count / known
        }
        precondition(Tensor.elementCount(of: resolved) == count, "cannot reshape \(shape) to \(newShape)")
        return Tensor(shape: resolved, storage: storage)
    }

    /// The elements as a vector of shape `[count]` (no copy).
    public var flattened: Tensor { reshaped([count]) }

    /// A vector as a one-column matrix `[n, 1]` (no copy).
    public var asColumn: Tensor { reshaped([count, 1]) }

    /// A vector as a one-row matrix `[1, n]` (no copy).
    public var asRow: Tensor { reshaped([1, count]) }

    /// The transpose of a matrix (a copy in row-major order; a vector is returned as is).
    ///
    /// For products prefer `A.matmul(B, transposeSelf: true)`, which hands the transpose
    /// to BLAS as a flag and copies nothing.
    public var T: Tensor {
        if rank <= 1 { return self }
        precondition(rank == 2, "T needs a matrix, shape is \(shape)")
        let m = shape[0], n = shape[1]
        let result = Tensor(uninitializedShape: [n, m])
        withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutablePointerToElements { target in
                guard let a = source.baseAddress else { return }
                let tile = 32
                for i0 in stride(from: 0, to: m, by: tile) {
                    for j0 in stride(from: 0, to: n, by: tile) {
                        for i in i0..<Swift.min(i0 + tile, m) {
                            for j in j0..<Swift.min(j0 + tile, n) { target[j * m + i] = a[i * n + j] }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Joins tensors along an existing axis; all other extents must agree.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        precondition(!tensors.isEmpty, "concatenate needs at least one tensor")
        let first = tensors[0]
        precondition(axis >= 0 && axis < first.rank, "axis \(axis) out of range for shape \(first.shape)")
        for t in tensors {
            precondition(t.rank == first.rank && (0..<t.rank).allSatisfy { $0 == axis || t.shape[$0] == first.shape[$0] },
                         "shape mismatch in concatenate(axis: \(axis)): \(first.shape) and \(t.shape)")
        }
        var shape = first.shape
        shape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
        let outer = first.shape[..<axis].reduce(1, *)
        let result = Tensor(uninitializedShape: shape)
        let rowLength = result.count / Swift.max(outer, 1)
        result.storage.withUnsafeMutablePointerToElements { target in
            var offset = 0
            for t in tensors {
                let block = t.count / Swift.max(outer, 1)
                t.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    for o in 0..<outer {
                        (target + o * rowLength + offset).update(from: base + o * block, count: block)
                    }
                }
                offset += block
            }
        }
        return result
    }

    /// This tensor joined with `others` along `axis`: `a.concatenated(with: b, axis: 1)`.
    public func concatenated(with others: Tensor..., axis: Int = 0) -> Tensor {
        Tensor.concatenate([self] + others, axis: axis)
    }

    /// Stacks equal-shaped tensors along a new leading axis: vectors become matrix rows.
    public static func stack(_ tensors: [Tensor]) -> Tensor {
        precondition(!tensors.isEmpty, "stack needs at least one tensor")
        return concatenate(tensors.map { $0.reshaped([1] + $0.shape) }, axis: 0)
    }
}
