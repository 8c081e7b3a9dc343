import Foundation

/// The infinite-width kernels of the one-hidden-layer ReLU network
/// `f(u) = m^{-1/2} Σ_j v_j relu(w_jᵀu)` with `w_j ~ N(0, I)` and `v_j ~ N(0, 1)`.
///
/// As `m → ∞` the outputs at initialization are a Gaussian process with covariance
/// `nngp(u, u') = E[relu(wᵀu) relu(wᵀu')] = ‖u‖‖u'‖ (sin θ + (π − θ) cos θ) / (2π)`, the
/// first-order arc-cosine kernel of Cho & Saul (2009), and the neural tangent kernel tends to
/// `ntk(u, u') = nngp(u, u') + uᵀu' (π − θ) / (2π)`, where `θ` is the angle between `u` and
/// `u'` (Jacot et al. 2018). The second term is `uᵀu' E[relu'(wᵀu) relu'(wᵀu')]`.
///
/// The engine's `MLP(widths: [D, m, 1], activation: .relu, parameterization: .ntk,
/// weightScale: 1, biasScale: 0)` is this network on `u = x / √D`, so its kernels on inputs
/// `X` are these kernels on `X / √D`.
public enum ReLUKernel {
    /// The NNGP (arc-cosine) kernel between the rows of `A` (`[N, D]`) and of `B` (`[M, D]`): `[N, M]`.
    public static func nngp(_ A: Tensor, _ B: Tensor) -> Tensor {
        kernels(A, B).nngp
    }

    /// The infinite-width neural tangent kernel between the rows of `A` and of `B`: `[N, M]`.
    public static func ntk(_ A: Tensor, _ B: Tensor) -> Tensor {
        let (nngp, inner, angles) = kernels(A, B)
        return nngp + inner * angles.unary { (Double.pi - $0) / (2 * Double.pi) }
    }

    /// The angle `θ ∈ [0, π]` between each row of `A` and each row of `B` (`0` when a row is zero).
    public static func angles(_ A: Tensor, _ B: Tensor) -> Tensor {
        kernels(A, B).angles
    }

    private static func kernels(_ A: Tensor, _ B: Tensor) -> (nngp: Tensor, inner: Tensor, angles: Tensor) {
        precondition(A.rank == 2 && B.rank == 2 && A.shape[1] == B.shape[1],
                     "ReLUKernel needs [N, D] and [M, D] inputs, got \(A.shape) and \(B.shape)")
        let inner = A.matmul(B, transposeOther: true)
        let normsA = A.norm(axis: 1).scalars, normsB = B.norm(axis: 1).scalars
        let m = normsB.count
        var nngp = Tensor.zeros(inner.shape), angles = Tensor.zeros(inner.shape)
        inner.withUnsafeBufferPointer { g in
            nngp.withUnsafeMutableBufferPointer { k in
                angles.withUnsafeMutableBufferPointer { t in
                    for i in 0..<normsA.count {
                        for j in 0..<m {
                            let scale = normsA[i] * normsB[j]
                            guard scale > 0 else { continue }
                            let cosine = Swift.min(1, Swift.max(-1, g[i * m + j] / scale))
                            let theta = Foundation.acos(cosine)
                            t[i * m + j] = theta
                            k[i * m + j] = scale * (Foundation.sin(theta) + (Double.pi - theta) * cosine) / (2 * Double.pi)
                        }
                    }
                }
            }
        }
        return (nngp, inner, angles)
    }
}
