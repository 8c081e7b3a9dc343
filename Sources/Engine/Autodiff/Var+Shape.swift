/// Differentiable shape operations: reshape, transpose, slicing and concatenation. Their
/// gradients move the output gradient back to the input's layout.
extension Var {
    /// The same elements with a new shape of equal count (`-1` allowed once).
    public func reshaped(_ shape: [Int]) -> Var {
        let original = self.shape
        return Var.record(value.reshaped(shape), [self], "reshape") { g, _, _ in [g.reshaped(original)] }
    }

    /// The elements as a vector.
    public var flattened: Var { reshaped([count]) }

    /// The transpose of a matrix (a vector is returned as is).
    public var T: Var {
        if value.rank <= 1 { return self }
        return Var.record(value.T, [self], "transpose") { g, _, _ in [g.T] }
    }

    /// Entries `range` along axis 0: elements of a vector, rows of a matrix. This is how a
    /// flat parameter vector is cut into weight matrices: `theta[0..<6].reshaped([2, 3])`.
    public subscript(range: Range<Int>) -> Var {
        let shape = self.shape
        precondition(!shape.isEmpty && range.lowerBound >= 0 && range.upperBound <= shape[0],
                     "range \(range) out of bounds for shape \(shape)")
        return Var.record(value[range], [self], "slice") { g, _, _ in [g.padded(to: shape, at: range)] }
    }

    /// Entries `range` of the last axis of a matrix: `A[columns: 0..<2]`.
    public subscript(columns range: Range<Int>) -> Var {
        precondition(value.rank == 2, "A[columns:] needs a matrix, shape is \(shape)")
        return T[range].T
    }

    /// A tensor of `shape` that is zero except for this node placed at `range` along axis 0
    /// (the adjoint of slicing).
    func padded(to shape: [Int], at range: Range<Int>) -> Var {
        var result = Tensor.zeros(shape)
        result[range] = value
        return Var.record(result, [self], "pad") { g, _, _ in [g[range]] }
    }

    /// Joins `Var`s along `axis`; all other extents must agree.
    public static func concatenate(_ parts: [Var], axis: Int = 0) -> Var {
        let extents = parts.map { $0.shape[axis] }
        let value = Tensor.concatenate(parts.map(\.value), axis: axis)
        return record(value, parts, "concatenate") { g, _, _ in
            var start = 0
            return extents.map { extent in
                defer { start += extent }
                return axis == 0 ? g[start..<(start + extent)] : g.moveAxisToFront(axis)[start..<(start + extent)].moveFrontAxis(to: axis)
            }
        }
    }

    /// For a matrix, the transpose when `axis` is 1 (the only other case concatenation needs).
    private func moveAxisToFront(_ axis: Int) -> Var {
        precondition(axis == 1 && value.rank == 2, "concatenate supports axis 0, or axis 1 of matrices")
        return T
    }

    private func moveFrontAxis(to axis: Int) -> Var { T }
}
