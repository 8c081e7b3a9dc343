/// Element access and slicing. Slices are copies (value semantics), written NumPy-style
/// with `...` for a whole axis:
///
/// ```swift
/// x[3]            // element of a vector
/// A[1, 2]         // element of a matrix
/// A[..., 0]       // first column, shape [rows]
/// A[2, ...]       // third row, shape [cols]
/// A[0..<10, ...]  // first ten rows, shape [10, cols]
/// A[..., 1...2]   // columns 1 and 2
/// A[rows: [4, 0]] // rows 4 and 0, in that order
/// ```
extension Tensor {
    /// Element `i` of a vector.
    @inlinable
    public subscript(i: Int) -> Double {
        get {
            precondition(rank == 1, "x[i] needs a vector, shape is \(shape); use A[i, ...] for a row")
            precondition(i >= 0 && i < count, "index \(i) out of range for shape \(shape)")
            return storage.withUnsafeMutablePointerToElements { $0[i] }
        }
        set {
            precondition(rank == 1, "x[i] needs a vector, shape is \(shape); use A[i, ...] for a row")
            precondition(i >= 0 && i < count, "index \(i) out of range for shape \(shape)")
            makeUnique()
            storage.withUnsafeMutablePointerToElements { $0[i] = newValue }
        }
    }

    /// Element `(i, j)` of a matrix.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(rank == 2, "A[i, j] needs a matrix, shape is \(shape)")
            precondition(i >= 0 && i < shape[0] && j >= 0 && j < shape[1],
                         "index [\(i), \(j)] out of range for shape \(shape)")
            let offset = i * shape[1] + j
            return storage.withUnsafeMutablePointerToElements { $0[offset] }
        }
        set {
            precondition(rank == 2, "A[i, j] needs a matrix, shape is \(shape)")
            precondition(i >= 0 && i < shape[0] && j >= 0 && j < shape[1],
                         "index [\(i), \(j)] out of range for shape \(shape)")
            let offset = i * shape[1] + j
            makeUnique()
            storage.withUnsafeMutablePointerToElements { $0[offset] = newValue }
        }
    }

    /// The sub-tensor at index `i` of axis 0: a row of a matrix, a matrix of a rank-3 tensor.
    public subscript(i: Int, _: UnboundedRange) -> Tensor {
        get {
            precondition(rank >= 1 && i >= 0 && i < shape[0], "index \(i) out of range for shape \(shape)")
            return self[i..<(i + 1), ...].reshaped(Array(shape.dropFirst()))
        }
        set {
            precondition(rank >= 1 && i >= 0 && i < shape[0], "index \(i) out of range for shape \(shape)")
            self[i..<(i + 1), ...] = newValue.reshaped([1] + newValue.shape)
        }
    }

    /// Column `j` of a matrix, as a vector.
    public subscript(_: UnboundedRange, j: Int) -> Tensor {
        get {
            precondition(rank == 2 && j >= 0 && j < shape[1], "column \(j) out of range for shape \(shape)")
            return self[0..<shape[0], j..<(j + 1)].reshaped([shape[0]])
        }
        set {
            precondition(rank == 2 && j >= 0 && j < shape[1], "column \(j) out of range for shape \(shape)")
            self[0..<shape[0], j..<(j + 1)] = newValue.reshaped([newValue.count, 1])
        }
    }

    /// The elements (vector) or rows (matrix, higher rank) in `range` along axis 0.
    public subscript<R: RangeExpression>(range: R) -> Tensor where R.Bound == Int {
        get { self[range, ...] }
        set { self[range, ...] = newValue }
    }

    /// The rows in `range` (axis 0), all columns.
    public subscript<R: RangeExpression>(range: R, _: UnboundedRange) -> Tensor where R.Bound == Int {
        get {
            precondition(rank >= 1, "slicing a rank-0 tensor")
            let r = range.relative(to: 0..<shape[0])
            precondition(r.lowerBound >= 0 && r.upperBound <= shape[0], "range \(r) out of bounds for shape \(shape)")
            let block = count / Swift.max(shape[0], 1)
            let result = Tensor(uninitializedShape: [r.count] + shape.dropFirst())
            withUnsafeBufferPointer { source in
                result.storage.withUnsafeMutablePointerToElements { target in
                    guard let base = source.baseAddress else { return }
                    target.update(from: base + r.lowerBound * block, count: r.count * block)
                }
            }
            return result
        }
        set {
            precondition(rank >= 1, "slicing a rank-0 tensor")
            let r = range.relative(to: 0..<shape[0])
            let expected = [r.count] + Array(shape.dropFirst())
            precondition(newValue.shape == expected, "assigning shape \(newValue.shape) to a slice of shape \(expected)")
            let block = count / Swift.max(shape[0], 1)
            newValue.withUnsafeBufferPointer { source in
                withUnsafeMutableBufferPointer { target in
                    guard let from = source.baseAddress, let to = target.baseAddress else { return }
                    (to + r.lowerBound * block).update(from: from, count: r.count * block)
                }
            }
        }
    }

    /// The columns in `range` of a matrix, all rows.
    public subscript<R: RangeExpression>(_: UnboundedRange, range: R) -> Tensor where R.Bound == Int {
        get { self[0..<rows, range] }
        set { self[0..<rows, range] = newValue }
    }

    /// The sub-matrix with rows in `rowRange` and columns in `colRange`.
    public subscript<R: RangeExpression, C: RangeExpression>(rowRange: R, colRange: C) -> Tensor
    where R.Bound == Int, C.Bound == Int {
        get {
            let (r, c) = matrixRanges(rowRange, colRange)
            let result = Tensor(uninitializedShape: [r.count, c.count])
            let width = shape[1]
            withUnsafeBufferPointer { source in
                result.storage.withUnsafeMutablePointerToElements { target in
                    guard let base = source.baseAddress else { return }
                    for (k, i) in r.enumerated() {
                        (target + k * c.count).update(from: base + i * width + c.lowerBound, count: c.count)
                    }
                }
            }
            return result
        }
        set {
            let (r, c) = matrixRanges(rowRange, colRange)
            precondition(newValue.shape == [r.count, c.count],
                         "assigning shape \(newValue.shape) to a slice of shape \([r.count, c.count])")
            let width = shape[1]
            newValue.withUnsafeBufferPointer { source in
                withUnsafeMutableBufferPointer { target in
                    guard let from = source.baseAddress, let to = target.baseAddress else { return }
                    for (k, i) in r.enumerated() {
                        (to + i * width + c.lowerBound).update(from: from + k * c.count, count: c.count)
                    }
                }
            }
        }
    }

    /// The rows (axis-0 entries) at `indices`, in that order; indices may repeat.
    public subscript(rows indices: [Int]) -> Tensor {
        precondition(rank >= 1, "row selection from a rank-0 tensor")
        let block = count / Swift.max(shape[0], 1)
        let result = Tensor(uninitializedShape: [indices.count] + shape.dropFirst())
        withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutablePointerToElements { target in
                guard let base = source.baseAddress else { return }
                for (k, i) in indices.enumerated() {
                    precondition(i >= 0 && i < shape[0], "row \(i) out of range for shape \(shape)")
                    (target + k * block).update(from: base + i * block, count: block)
                }
            }
        }
        return result
    }

    /// Resolves two range expressions against a matrix's rows and columns, checking bounds.
    private func matrixRanges<R: RangeExpression, C: RangeExpression>(_ rowRange: R, _ colRange: C)
    -> (Range<Int>, Range<Int>) where R.Bound == Int, C.Bound == Int {
        precondition(rank == 2, "A[rows, cols] needs a matrix, shape is \(shape)")
        let r = rowRange.relative(to: 0..<shape[0])
        let c = colRange.relative(to: 0..<shape[1])
        precondition(r.lowerBound >= 0 && r.upperBound <= shape[0] && c.lowerBound >= 0 && c.upperBound <= shape[1],
                     "ranges \(r), \(c) out of bounds for shape \(shape)")
        return (r, c)
    }
}
