/// Log-sum-exp and softmax along an axis on plain tensors (no graph), computed stably by
/// shifting each slice by its maximum. Infinite entries follow PyTorch: a slice of all −∞
/// has `logsumexp` −∞, a slice holding +∞ has `logsumexp` +∞, and NaN propagates.
extension Tensor {
    /// `log Σₖ exp(xₖ)` along `axis`, computed as `m + log Σₖ exp(xₖ − m)` with `m` the
    /// slice maximum, or with `m = 0` when that maximum is ±∞ (so an all-−∞ slice gives
    /// `log 0 = −∞` and a slice with +∞ gives `+∞`, instead of `∞ − ∞ = NaN`).
    /// With `keepingDims` the axis stays with extent 1.
    public func logsumexp(axis: Int, keepingDims: Bool = false) -> Tensor {
        let kept = keptShape(axis)
        let shift = max(axis: axis).map { $0.isInfinite ? 0 : $0 }.reshaped(kept)
        let total = FastKernels.exp(self - shift).sum(axis: axis).reshaped(kept)
        let result = log(total) + shift
        return keepingDims ? result : result.reshaped(reducedShape(axis))
    }

    /// `exp(xᵢ) / Σₖ exp(xₖ)` along `axis`, as `exp(xᵢ − m) / Σₖ exp(xₖ − m)` with `m` the
    /// slice maximum. As in PyTorch, a slice of all −∞ or one holding +∞ gives NaN entries
    /// (the ratio is undefined there).
    public func softmax(axis: Int) -> Tensor {
        let shifted = FastKernels.exp(self - max(axis: axis).reshaped(keptShape(axis)))
        return shifted / shifted.sum(axis: axis).reshaped(keptShape(axis))
    }

    /// `xᵢ − logsumexp(x)` along `axis`: log-probabilities from logits.
    public func logSoftmax(axis: Int) -> Tensor {
        self - logsumexp(axis: axis, keepingDims: true)
    }

    /// This tensor's shape with `axis` set to extent 1.
    func keptShape(_ axis: Int) -> [Int] {
        precondition(axis >= 0 && axis < rank, "axis \(axis) out of range for shape \(shape)")
        var kept = shape
        kept[axis] = 1
        return kept
    }

    /// This tensor's shape with `axis` removed.
    func reducedShape(_ axis: Int) -> [Int] {
        precondition(axis >= 0 && axis < rank, "axis \(axis) out of range for shape \(shape)")
        var reduced = shape
        reduced.remove(at: axis)
        return reduced
    }
}
