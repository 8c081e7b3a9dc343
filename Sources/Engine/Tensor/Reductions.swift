/// Reductions over all elements (returning `Double`) or along one axis (returning a tensor
/// with that axis removed, or kept with extent 1 when `keepingDims` is true, so the result
/// broadcasts against the input: `x - x.mean(axis: 1, keepingDims: true)`): sums, means,
/// extrema, arg-extrema, variances and norms.
extension Tensor {
    /// The sum of all elements (four partial sums, so the loop vectorizes).
    public func sum() -> Double {
        withUnsafeBufferPointer { p in
            var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
            let n = p.count, quads = n / 4
            for k in 0..<quads {
                s0 += p[4 * k]; s1 += p[4 * k + 1]; s2 += p[4 * k + 2]; s3 += p[4 * k + 3]
            }
            for i in (4 * quads)..<n { s0 += p[i] }
            return (s0 + s1) + (s2 + s3)
        }
    }

    /// The mean of all elements (NaN for an empty tensor).
    public func mean() -> Double { sum() / Double(count) }

    /// The largest element; NaN if any element is NaN (as NumPy's `max`).
    public func max() -> Double {
        precondition(count > 0, "max() of an empty tensor")
        return withUnsafeBufferPointer { p in p.reduce(-Double.infinity, Tensor.nanMax) }
    }

    /// The smallest element; NaN if any element is NaN (as NumPy's `min`).
    public func min() -> Double {
        precondition(count > 0, "min() of an empty tensor")
        return withUnsafeBufferPointer { p in p.reduce(Double.infinity, Tensor.nanMin) }
    }

    /// The flat (row-major) index of the largest element; the first one on ties, and the
    /// first NaN if there is one (as NumPy's `argmax`).
    public func argmax() -> Int {
        precondition(count > 0, "argmax() of an empty tensor")
        return withUnsafeBufferPointer { p in Tensor.firstExtremum(p.count, { p[$0] }, >) }
    }

    /// The flat index of the smallest element; the first one on ties, and the first NaN
    /// if there is one (as NumPy's `argmin`).
    public func argmin() -> Int {
        precondition(count > 0, "argmin() of an empty tensor")
        return withUnsafeBufferPointer { p in Tensor.firstExtremum(p.count, { p[$0] }, <) }
    }

    /// The variance `Σ (xᵢ − x̄)² / (n − correction)` of all `n` elements: `correction: 0`
    /// (the default) is the population variance, `correction: 1` the unbiased sample
    /// variance (NumPy's `ddof`, PyTorch's `correction`).
    public func variance(correction: Int = 0) -> Double {
        let m = mean()
        return (self - m).map { $0 * $0 }.sum() / Double(count - correction)
    }

    /// The Euclidean norm of a vector, the Frobenius norm of a matrix.
    public func norm() -> Double {
        withUnsafeBufferPointer { p in p.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }

    /// Sums along `axis`: for a matrix, `sum(axis: 0)` gives column sums (shape `[cols]`),
    /// `sum(axis: 1)` row sums (shape `[rows]`).
    public func sum(axis: Int, keepingDims: Bool = false) -> Tensor {
        kept(reduce(axis: axis, initial: 0) { $0 + $1 }, axis, keepingDims)
    }

    /// Means along `axis`.
    public func mean(axis: Int, keepingDims: Bool = false) -> Tensor {
        sum(axis: axis, keepingDims: keepingDims) / Double(shape[axis])
    }

    /// Maxima along `axis`; NaN where the slice holds a NaN (as NumPy).
    public func max(axis: Int, keepingDims: Bool = false) -> Tensor {
        kept(reduce(axis: axis, initial: -.infinity, Tensor.nanMax), axis, keepingDims)
    }

    /// Minima along `axis`; NaN where the slice holds a NaN (as NumPy).
    public func min(axis: Int, keepingDims: Bool = false) -> Tensor {
        kept(reduce(axis: axis, initial: .infinity, Tensor.nanMin), axis, keepingDims)
    }

    /// Variances `Σₖ (xₖ − x̄)² / (n − correction)` along `axis` (`n = shape[axis]`):
    /// population variances by default, unbiased sample variances with `correction: 1`.
    public func variance(axis: Int, correction: Int = 0, keepingDims: Bool = false) -> Tensor {
        let centered = self - mean(axis: axis, keepingDims: true)
        return (centered * centered).sum(axis: axis, keepingDims: keepingDims) / Double(shape[axis] - correction)
    }

    /// Euclidean norms along `axis` (e.g. `norm(axis: 1)` gives each row's length).
    public func norm(axis: Int, keepingDims: Bool = false) -> Tensor {
        sqrt((self * self).sum(axis: axis, keepingDims: keepingDims))
    }

    /// `reduced` (this tensor reduced along `axis`) with the axis re-inserted when `keep`.
    func kept(_ reduced: Tensor, _ axis: Int, _ keep: Bool) -> Tensor {
        keep ? reduced.expandingAxis(axis) : reduced
    }

    /// Indices of the maxima along `axis`: for a matrix of class scores, `argmax(axis: 1)`
    /// gives the predicted class of each row. The first index on ties, the first NaN if
    /// the slice holds one (as NumPy).
    public func argmax(axis: Int) -> [Int] {
        argExtremum(axis: axis, >)
    }

    /// Indices of the minima along `axis` (first on ties, first NaN if any).
    public func argmin(axis: Int) -> [Int] {
        argExtremum(axis: axis, <)
    }

    private func argExtremum(axis: Int, _ better: (Double, Double) -> Bool) -> [Int] {
        let (outer, n, inner) = axisSplit(axis)
        precondition(n > 0, "arg-extremum along an empty axis of shape \(shape)")
        var best = [Int](repeating: 0, count: outer * inner)
        withUnsafeBufferPointer { p in
            for o in 0..<outer {
                for i in 0..<inner {
                    best[o * inner + i] = Tensor.firstExtremum(n, { p[(o * n + $0) * inner + i] }, better)
                }
            }
        }
        return best
    }

    /// The first index `k < n` whose `value(k)` is NaN, else the first index that no later
    /// value is `better` than.
    private static func firstExtremum(_ n: Int, _ value: (Int) -> Double, _ better: (Double, Double) -> Bool) -> Int {
        var bestIndex = 0, bestValue = value(0)
        if bestValue.isNaN { return 0 }
        for k in 1..<n {
            let v = value(k)
            if v.isNaN { return k }
            if better(v, bestValue) { bestValue = v; bestIndex = k }
        }
        return bestIndex
    }

    /// `max(a, b)` that returns NaN when either is NaN.
    @inline(__always)
    static func nanMax(_ a: Double, _ b: Double) -> Double { (a > b || a.isNaN) ? a : b }

    /// `min(a, b)` that returns NaN when either is NaN.
    @inline(__always)
    static func nanMin(_ a: Double, _ b: Double) -> Double { (a < b || a.isNaN) ? a : b }

    /// The tensor with `axis` re-inserted as extent 1, so a reduction broadcasts back.
    func expandingAxis(_ axis: Int) -> Tensor {
        var newShape = shape
        newShape.insert(1, at: axis)
        return reshaped(newShape)
    }

    /// The extents before, along and after `axis`.
    func axisSplit(_ axis: Int) -> (outer: Int, n: Int, inner: Int) {
        precondition(axis >= 0 && axis < rank, "axis \(axis) out of range for shape \(shape)")
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        return (outer, shape[axis], inner)
    }

    /// Folds `combine` along `axis`; the inner loop runs over contiguous memory.
    @inline(__always)
    func reduce(axis: Int, initial: Double, _ combine: (Double, Double) -> Double) -> Tensor {
        let (outer, n, inner) = axisSplit(axis)
        var newShape = shape
        newShape.remove(at: axis)
        let result = Tensor(repeating: initial, shape: newShape)
        withUnsafeBufferPointer { p in
            result.storage.withUnsafeMutablePointerToElements { r in
                guard let base = p.baseAddress else { return }
                for o in 0..<outer {
                    let target = r + o * inner
                    for k in 0..<n {
                        let row = base + (o * n + k) * inner
                        for i in 0..<inner { target[i] = combine(target[i], row[i]) }
                    }
                }
            }
        }
        return result
    }
}
