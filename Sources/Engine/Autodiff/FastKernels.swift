import CFastMath

/// Fused element-wise kernels for the hot paths of training: vectorized `tanh` and `exp`
/// (glibc's libmvec through the CFastMath shim) and one-pass derivative formulas, used
/// when a backward sweep does not record a graph.
enum FastKernels {
    /// `tanh(x)` element-wise, vectorized (a few ulp from libm's scalar `tanh`).
    static func tanh(_ x: Tensor) -> Tensor {
        let result = Tensor(uninitializedShape: x.shape)
        x.withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutablePointerToElements { target in
                guard let base = source.baseAddress else { return }
                cfm_tanh(base, target, source.count)
            }
        }
        return result
    }

    /// `exp(x)` element-wise, vectorized.
    static func exp(_ x: Tensor) -> Tensor {
        let result = Tensor(uninitializedShape: x.shape)
        x.withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutablePointerToElements { target in
                guard let base = source.baseAddress else { return }
                cfm_exp(base, target, source.count)
            }
        }
        return result
    }

    /// `g * (1 - y²)`: the tanh derivative from the output `y`, in one pass.
    static func tanhBackward(_ g: Tensor, _ y: Tensor) -> Tensor {
        Tensor.broadcastBinary(g, y, "tanhBackward") { $0 * (1 - $1 * $1) }
    }

    /// `-2 h g y`: the derivative of `g (1 - y²)` with respect to `y` along `h`, in one pass
    /// (`h`, `g` and `y` have one shape).
    static func tanhSecondBackward(_ h: Tensor, _ g: Tensor, _ y: Tensor) -> Tensor {
        precondition(h.shape == g.shape && g.shape == y.shape,
                     "tanhSecondBackward: shapes \(h.shape), \(g.shape), \(y.shape) differ")
        let result = Tensor(uninitializedShape: y.shape)
        h.withUnsafeBufferPointer { ph in
            g.withUnsafeBufferPointer { pg in
                y.withUnsafeBufferPointer { py in
                    result.storage.withUnsafeMutablePointerToElements { r in
                        for i in 0..<py.count { r[i] = -2 * ph[i] * pg[i] * py[i] }
                    }
                }
            }
        }
        return result
    }

    /// `g` where `x > 0`, else 0: the ReLU derivative, in one pass.
    static func reluBackward(_ g: Tensor, _ x: Tensor) -> Tensor {
        Tensor.broadcastBinary(g, x, "reluBackward") { $1 > 0 ? $0 : 0 }
    }
}
