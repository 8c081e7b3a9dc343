/// The two tensor helpers that broadcasting gradients need: summing a gradient back to the
/// shape of an input that was broadcast, and broadcasting a gradient out to a larger shape.
extension Tensor {
    /// The sum of this tensor over the axes along which `shape` was broadcast to reach
    /// this tensor's shape, so the result has exactly `shape` (NumPy's broadcasting rules,
    /// read backwards). For example `[512, 256]` summed to `[256]` gives column sums.
    public func summed(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        precondition(target.count <= rank && zip(target.reversed(), shape.reversed()).allSatisfy { $0 == 1 || $0 == $1 },
                     "summed(toShape:): \(target) does not broadcast to \(shape)")
        var result = self
        while result.rank > target.count { result = result.sum(axis: 0) }
        for axis in 0..<target.count where target[axis] == 1 && result.shape[axis] != 1 {
            result = result.sum(axis: axis).expandingAxis(axis)
        }
        return result.reshaped(target)
    }

    /// This tensor broadcast (copied) to `target`, which it must broadcast to.
    public func broadcast(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        let result = Tensor.zeros(target) + self
        precondition(result.shape == target, "broadcast(toShape:): \(shape) does not broadcast to \(target)")
        return result
    }
}
