/// The element-wise kernels: every binary operator, comparison and `zipMap` goes through
/// `broadcastBinary`, which allocates the result once and runs a contiguous inner loop
/// (same shapes, scalar, row or column broadcasting) that the compiler can vectorize.
extension Tensor {
    /// `f` applied to each element, into a new tensor of the same shape.
    @inline(__always)
    func unary(_ f: (Double) -> Double) -> Tensor {
        let result = Tensor(uninitializedShape: shape)
        let n = count
        withUnsafeBufferPointer { a in
            result.storage.withUnsafeMutablePointerToElements { r in
                guard let pa = a.baseAddress else { return }
                for i in 0..<n { r[i] = f(pa[i]) }
            }
        }
        return result
    }

    /// `f(a, b)` element-wise under broadcasting; a shape mismatch is a precondition failure.
    @inline(__always)
    static func broadcastBinary(_ a: Tensor, _ b: Tensor, _ operation: String,
                                _ f: (Double, Double) -> Double) -> Tensor {
        if a.shape == b.shape {
            let result = Tensor(uninitializedShape: a.shape)
            let n = a.count
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    result.storage.withUnsafeMutablePointerToElements { r in
                        guard let x = pa.baseAddress, let y = pb.baseAddress else { return }
                        for i in 0..<n { r[i] = f(x[i], y[i]) }
                    }
                }
            }
            return result
        }
        let shape: [Int]
        do { shape = try broadcastShape(a.shape, b.shape, operation: operation) } catch { shapeFailure(error) }
        let result = Tensor(uninitializedShape: shape)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                result.storage.withUnsafeMutablePointerToElements { r in
                    guard let x = pa.baseAddress, let y = pb.baseAddress else { return }
                    broadcastLoop(shape: shape, a.shape, x, b.shape, y, r, f)
                }
            }
        }
        return result
    }

    /// Writes `f(a, b)` for every index of `shape` into `r`, walking all but the last axis
    /// with an odometer and running the last axis as a strided (stride 0 or 1) inner loop.
    @inline(__always)
    static func broadcastLoop(shape: [Int], _ aShape: [Int], _ x: UnsafePointer<Double>,
                              _ bShape: [Int], _ y: UnsafePointer<Double>,
                              _ r: UnsafeMutablePointer<Double>, _ f: (Double, Double) -> Double) {
        let rank = shape.count
        let total = elementCount(of: shape)
        if total == 0 { return }
        if rank == 0 { r[0] = f(x[0], y[0]); return }
        let sa = broadcastStrides(aShape, rank: rank, result: shape)
        let sb = broadcastStrides(bShape, rank: rank, result: shape)
        let inner = shape[rank - 1]
        let ia = sa[rank - 1], ib = sb[rank - 1]
        var index = [Int](repeating: 0, count: rank)
        var offsetA = 0, offsetB = 0, out = 0
        while out < total {
            let xa = x + offsetA, yb = y + offsetB, ro = r + out
            if ia == 1 && ib == 1 {
                for j in 0..<inner { ro[j] = f(xa[j], yb[j]) }
            } else if ia == 1 {
                let v = yb[0]
                for j in 0..<inner { ro[j] = f(xa[j], v) }
            } else if ib == 1 {
                let u = xa[0]
                for j in 0..<inner { ro[j] = f(u, yb[j]) }
            } else {
                let value = f(xa[0], yb[0])
                for j in 0..<inner { ro[j] = value }
            }
            out += inner
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                offsetA += sa[axis]
                offsetB += sb[axis]
                if index[axis] < shape[axis] { break }
                offsetA -= sa[axis] * index[axis]
                offsetB -= sb[axis] * index[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// Row-major strides of `shape` aligned to `rank` axes, with 0 on broadcast axes.
    static func broadcastStrides(_ shape: [Int], rank: Int, result: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: rank)
        var step = 1
        for k in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
            let axis = k + rank - shape.count
            strides[axis] = (shape[k] == 1 && result[axis] != 1) ? 0 : step
            step *= shape[k]
        }
        return strides
    }

    /// `f` applied pairwise to this tensor and `other` (broadcast), e.g.
    /// `a.zipMap(b) { Swift.max($0, $1) }`.
    public func zipMap(_ other: Tensor, _ f: (Double, Double) -> Double) -> Tensor {
        Tensor.broadcastBinary(self, other, "zipMap", f)
    }

    /// `f` applied to every element: `x.map { $0 * $0 }`.
    public func map(_ f: (Double) -> Double) -> Tensor {
        unary(f)
    }
}
