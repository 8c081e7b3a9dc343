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

    /// This tensor broadcast (copied) to `target`, which it must broadcast to; one pass
    /// that writes each element once (no zero-filled buffer to add into).
    public func broadcast(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        let fits = (try? Tensor.broadcastShape(shape, target, operation: "broadcast")) == target
        precondition(fits, "broadcast(toShape:): \(shape) does not broadcast to \(target)")
        let result = Tensor(uninitializedShape: target)
        withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutablePointerToElements { r in
                guard let x = source.baseAddress else { return }
                Tensor.broadcastLoop(shape: target, shape, x, shape, x, r) { a, _ in a }
            }
        }
        return result
    }
}
