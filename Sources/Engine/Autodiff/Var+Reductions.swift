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

    /// `log Σ exp(x)` along `axis`, computed stably by subtracting the maximum. Its
    /// gradient is `softmax(x)` along that axis.
    public func logsumexp(axis: Int, keepingDims: Bool = false) -> Var {
        let shape = self.shape
        var kept = shape
        kept[axis] = 1
        let maximum = value.max(axis: axis).reshaped(kept)
        let shifted = FastKernels.exp(value - maximum)
        let result = log(shifted.sum(axis: axis).reshaped(kept)) + maximum
        return Var.record(keepingDims ? result : result.reshaped(Array(value.shape.enumerated().filter { $0.offset != axis }.map(\.element))),
                          [self], "logsumexp") { g, inputs, output in
            let softmax = exp(inputs[0] - output.reshaped(kept))
            return [g.reshaped(kept) * softmax]
        }
    }

    /// `x - logsumexp(x)` along `axis`: log-probabilities from logits.
    public func logSoftmax(axis: Int) -> Var {
        self - logsumexp(axis: axis, keepingDims: true)
    }

    /// `exp(x) / Σ exp(x)` along `axis`: probabilities from logits.
    public func softmax(axis: Int) -> Var {
        exp(logSoftmax(axis: axis))
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
