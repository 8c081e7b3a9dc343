/// Element-wise comparisons returning masks of 0 and 1, usable in arithmetic:
/// `(x .> 0) * x` is ReLU, `((scores .== labels).mean())` an accuracy.
extension Tensor {
    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".>") { $0 > $1 ? 1 : 0 } }
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".<") { $0 < $1 ? 1 : 0 } }
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".>=") { $0 >= $1 ? 1 : 0 } }
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".<=") { $0 <= $1 ? 1 : 0 } }
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".==") { $0 == $1 ? 1 : 0 } }
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { broadcastBinary(lhs, rhs, ".!=") { $0 != $1 ? 1 : 0 } }

    public static func .> (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 > rhs ? 1 : 0 } }
    public static func .< (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 < rhs ? 1 : 0 } }
    public static func .>= (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 >= rhs ? 1 : 0 } }
    public static func .<= (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 <= rhs ? 1 : 0 } }
    public static func .== (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 == rhs ? 1 : 0 } }
    public static func .!= (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary { $0 != rhs ? 1 : 0 } }

    /// For each element, `a` where this mask is non-zero and `b` elsewhere (broadcast).
    public func select(_ a: Tensor, _ b: Tensor) -> Tensor {
        let picked = Tensor.broadcastBinary(self, a, "select") { $0 != 0 ? $1 : 0 }
        return Tensor.broadcastBinary(picked, Tensor.broadcastBinary(self, b, "select") { $0 == 0 ? $1 : 0 }, "select", +)
    }
}
