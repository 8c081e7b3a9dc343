/// Element-wise arithmetic: `+ - * /` between tensors (with broadcasting) and with scalars,
/// negation, and the compound assignments, which update in place when the storage is not
/// shared. `*` is element-wise; the matrix product is `matmul`.
extension Tensor {
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, "+", +) }
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, "-", -) }
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, "*", *) }
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, "/", /) }

    public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 + rhs } }
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 - rhs } }
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 * rhs } }
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 / rhs } }

    public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary { lhs + $0 } }
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary { lhs - $0 } }
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary { lhs * $0 } }
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary { lhs / $0 } }

    public static prefix func - (operand: Tensor) -> Tensor { operand.unary { -$0 } }

    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs.update(with: rhs, "+=", +) }
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs.update(with: rhs, "-=", -) }
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs.update(with: rhs, "*=", *) }
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs.update(with: rhs, "/=", /) }

    public static func += (lhs: inout Tensor, rhs: Double) { lhs.updateEach { $0 + rhs } }
    public static func -= (lhs: inout Tensor, rhs: Double) { lhs.updateEach { $0 - rhs } }
    public static func *= (lhs: inout Tensor, rhs: Double) { lhs.updateEach { $0 * rhs } }
    public static func /= (lhs: inout Tensor, rhs: Double) { lhs.updateEach { $0 / rhs } }

    /// `self = f(self)` element-wise, in place when the storage is not shared.
    @inline(__always)
    mutating func updateEach(_ f: (Double) -> Double) {
        guard isUniquelyReferenced() else { self = unary(f); return }
        let n = count
        storage.withUnsafeMutablePointerToElements { p in
            for i in 0..<n { p[i] = f(p[i]) }
        }
    }

    /// `self = f(self, other)` with `other` broadcast to this tensor's shape, in place
    /// when possible. The result must keep this tensor's shape, as in NumPy.
    @inline(__always)
    mutating func update(with other: Tensor, _ operation: String, _ f: (Double, Double) -> Double) {
        if shape == other.shape && isUniquelyReferenced() {
            let n = count
            other.withUnsafeBufferPointer { pb in
                storage.withUnsafeMutablePointerToElements { p in
                    guard let y = pb.baseAddress else { return }
                    for i in 0..<n { p[i] = f(p[i], y[i]) }
                }
            }
            return
        }
        let result = Tensor.broadcastBinary(self, other, operation, f)
        precondition(result.shape == shape,
                     "shape mismatch in \(operation): \(shape) and \(other.shape): result would have shape \(result.shape)")
        self = result
    }
}
