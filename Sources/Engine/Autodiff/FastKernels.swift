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

    /// `g` where `x > 0`, else 0: the ReLU derivative, in one pass.
    static func reluBackward(_ g: Tensor, _ x: Tensor) -> Tensor {
        Tensor.broadcastBinary(g, x, "reluBackward") { $1 > 0 ? $0 : 0 }
    }
}
