/// Differentiable reductions: sums and means (all elements or along an axis), `logsumexp`,
/// `softmax` and `logSoftmax` along an axis, dot products and norms. The gradient of a
/// reduction broadcasts the output gradient back over the reduced axis.
extension Var {
    /// The sum of all elements, as a rank-0 `Var`.
    public func sum() -> Var {
        let shape = self.shape
        return Var.record(Tensor(scalar: value.sum()), [self], "sum") { g, _, _ in
            [g.broadcast(toShape: shape)]
        }
    }

    /// The mean of all elements, as a rank-0 `Var`.
    public func mean() -> Var {
        sum() * (1 / Double(count))
    }

    /// Sums along `axis`; with `keepingDims` the axis stays with extent 1, so the result
    /// broadcasts against `self` (`x - x.mean(axis: 1, keepingDims: true)`).
    public func sum(axis: Int, keepingDims: Bool = false) -> Var {
        let shape = self.shape
        var kept = shape
        kept[axis] = 1
        let reduced = value.sum(axis: axis)
        return Var.record(keepingDims ? reduced.reshaped(kept) : reduced, [self], "sum(axis)") { g, _, _ in
            [g.reshaped(kept).broadcast(toShape: shape)]
        }
    }

    /// Means along `axis` (see `sum(axis:keepingDims:)`).
    public func mean(axis: Int, keepingDims: Bool = false) -> Var {
        sum(axis: axis, keepingDims: keepingDims) * (1 / Double(shape[axis]))
    }

    /// `log Σₖ exp(xₖ)` along `axis`, computed stably by subtracting the maximum (see
    /// `Tensor.logsumexp`: an all-−∞ slice gives −∞, a slice with +∞ gives +∞). Its
    /// gradient is `softmax(x)` along that axis, `exp(x − logsumexp(x))` (NaN on those
    /// degenerate slices, as in PyTorch).
    public func logsumexp(axis: Int, keepingDims: Bool = false) -> Var {
        let kept = value.keptShape(axis)
        return Var.record(value.logsumexp(axis: axis, keepingDims: keepingDims), [self], "logsumexp") { g, inputs, output in
            [g.reshaped(kept) * exp(inputs[0] - output.reshaped(kept))]
        }
    }

    /// `x − logsumexp(x)` along `axis`: log-probabilities from logits.
    public func logSoftmax(axis: Int) -> Var {
        self - logsumexp(axis: axis, keepingDims: true)
    }

    /// `sᵢ = exp(xᵢ) / Σₖ exp(xₖ)` along `axis` (probabilities from logits), as one op whose
    /// vector-Jacobian product is `s ⊙ (g − Σₖ gₖ sₖ)`.
    public func softmax(axis: Int) -> Var {
        Var.record(value.softmax(axis: axis), [self], "softmax") { g, _, s in
            [s * (g - (g * s).sum(axis: axis, keepingDims: true))]
        }
    }

    /// The dot product `Σ xᵢ yᵢ` of two `Var`s of equal shape, as a rank-0 `Var`.
    public func dot(_ other: Var) -> Var {
        precondition(shape == other.shape, "shape mismatch in dot: \(shape) and \(other.shape)")
        return (self * other).sum()
    }

    /// The squared Euclidean (Frobenius) norm `Σ xᵢ²`.
    public func squaredNorm() -> Var {
        (self * self).sum()
    }

    /// The Euclidean (Frobenius) norm `√Σ xᵢ²` (its gradient is undefined at 0).
    public func norm() -> Var {
        sqrt(squaredNorm())
    }
}
