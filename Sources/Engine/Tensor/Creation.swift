/// Constructors for common tensors: zeros, ones, identity, ranges and diagonals.
extension Tensor {
    /// A tensor of zeros: `Tensor.zeros([3, 4])`.
    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(repeating: 0, shape: shape) }
    /// A vector of `n` zeros.
    public static func zeros(_ n: Int) -> Tensor { Tensor(repeating: 0, shape: [n]) }
    /// A tensor of ones.
    public static func ones(_ shape: [Int]) -> Tensor { Tensor(repeating: 1, shape: shape) }
    /// A vector of `n` ones.
    public static func ones(_ n: Int) -> Tensor { Tensor(repeating: 1, shape: [n]) }

    /// A zero tensor with the same shape as `other`.
    public static func zeros(like other: Tensor) -> Tensor { Tensor(repeating: 0, shape: other.shape) }

    /// The `n x n` identity matrix.
    public static func eye(_ n: Int) -> Tensor {
        var result = zeros([n, n])
        result.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i * n + i] = 1 } }
        return result
    }

    /// `count` evenly spaced values from `start` to `end`, both included.
    public static func linspace(_ start: Double, _ end: Double, count: Int) -> Tensor {
        precondition(count >= 0, "linspace count must be non-negative")
        if count == 1 { return Tensor([start]) }
        let step = (end - start) / Double(count - 1)
        return Tensor((0..<count).map { i in i == count - 1 ? end : start + Double(i) * step })
    }

    /// Values `start, start + step, ...` below `end`: `Tensor.arange(0, 5)` is `[0, 1, 2, 3, 4]`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor {
        precondition(step != 0, "arange step must be non-zero")
        let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        return Tensor((0..<n).map { start + Double($0) * step })
    }

    /// `0, 1, ..., n-1` as a vector.
    public static func arange(_ n: Int) -> Tensor { arange(0, Double(n)) }

    /// A square matrix with `vector` on its diagonal.
    public static func diag(_ vector: Tensor) -> Tensor {
        precondition(vector.rank == 1, "Tensor.diag needs a vector, shape is \(vector.shape)")
        let n = vector.count
        var result = zeros([n, n])
        vector.withUnsafeBufferPointer { v in
            result.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i * n + i] = v[i] } }
        }
        return result
    }

    /// The main diagonal of a matrix, as a vector of length `min(rows, cols)`.
    public var diagonal: Tensor {
        precondition(rank == 2, "diagonal needs a matrix, shape is \(shape)")
        let n = Swift.min(shape[0], shape[1]), width = shape[1]
        return withUnsafeBufferPointer { p in Tensor((0..<n).map { p[$0 * width + $0] }) }
    }

    /// The sum of the main diagonal.
    public var trace: Double {
        diagonal.sum()
    }
}

extension Tensor {
    /// A `[labels.count, classes]` matrix with a 1 in column `labels[i]` of row `i`.
    public static func oneHot(_ labels: [Int], classes: Int) -> Tensor {
        var result = Tensor.zeros([labels.count, classes])
        result.withUnsafeMutableBufferPointer { p in
            for (row, label) in labels.enumerated() {
                precondition(label >= 0 && label < classes, "label \(label) out of range 0..<\(classes)")
                p[row * classes + label] = 1
            }
        }
        return result
    }
}
