/// Element-wise arithmetic on `Var`s with NumPy broadcasting, each with its chain rule.
/// A broadcast input receives its gradient summed back to its own shape (`sumToShape`).
/// Mixed forms take a `Tensor` or `Double` as a constant operand: `w * X`, `2 * w`, `w - y`.
extension Var {
    public static func + (lhs: Var, rhs: Var) -> Var {
        record(lhs.value + rhs.value, [lhs, rhs], "+") { g, x, _ in
            [g.sumToShape(x[0].shape), g.sumToShape(x[1].shape)]
        }
    }

    public static func - (lhs: Var, rhs: Var) -> Var {
        record(lhs.value - rhs.value, [lhs, rhs], "-") { g, x, _ in
            [g.sumToShape(x[0].shape), (-g).sumToShape(x[1].shape)]
        }
    }

    public static func * (lhs: Var, rhs: Var) -> Var {
        record(lhs.value * rhs.value, [lhs, rhs], "*") { g, x, _ in
            [x[0].requiresGrad ? (g * x[1]).sumToShape(x[0].shape) : nil,
             x[1].requiresGrad ? (g * x[0]).sumToShape(x[1].shape) : nil]
        }
    }

    public static func / (lhs: Var, rhs: Var) -> Var {
        record(lhs.value / rhs.value, [lhs, rhs], "/") { g, x, _ in
            [x[0].requiresGrad ? (g / x[1]).sumToShape(x[0].shape) : nil,
             x[1].requiresGrad ? (-g * x[0] / (x[1] * x[1])).sumToShape(x[1].shape) : nil]
        }
    }

    public static prefix func - (operand: Var) -> Var {
        record(-operand.value, [operand], "neg") { g, _, _ in [-g] }
    }

    public static func * (lhs: Var, rhs: Double) -> Var {
        record(lhs.value * rhs, [lhs], "*c") { g, _, _ in [g * rhs] }
    }

    public static func + (lhs: Var, rhs: Double) -> Var {
        record(lhs.value + rhs, [lhs], "+c") { g, _, _ in [g] }
    }

    public static func * (lhs: Double, rhs: Var) -> Var { rhs * lhs }
    public static func + (lhs: Double, rhs: Var) -> Var { rhs + lhs }
    public static func - (lhs: Var, rhs: Double) -> Var { lhs + (-rhs) }
    public static func - (lhs: Double, rhs: Var) -> Var { -rhs + lhs }
    public static func / (lhs: Var, rhs: Double) -> Var { lhs * (1 / rhs) }
    public static func / (lhs: Double, rhs: Var) -> Var { lhs * rhs ** -1 }

    public static func + (lhs: Var, rhs: Tensor) -> Var { lhs + Var(rhs) }
    public static func + (lhs: Tensor, rhs: Var) -> Var { Var(lhs) + rhs }
    public static func - (lhs: Var, rhs: Tensor) -> Var { lhs - Var(rhs) }
    public static func - (lhs: Tensor, rhs: Var) -> Var { Var(lhs) - rhs }
    public static func * (lhs: Var, rhs: Tensor) -> Var { lhs * Var(rhs) }
    public static func * (lhs: Tensor, rhs: Var) -> Var { Var(lhs) * rhs }
    public static func / (lhs: Var, rhs: Tensor) -> Var { lhs / Var(rhs) }
    public static func / (lhs: Tensor, rhs: Var) -> Var { Var(lhs) / rhs }

    /// Each element raised to the constant power `p`: `(r ** 2).mean()`.
    public static func ** (lhs: Var, p: Double) -> Var {
        pow(lhs, p)
    }

    /// The sum of this node over the axes along which it was broadcast from `shape`
    /// (the gradient of a broadcast); its own gradient broadcasts back.
    public func sumToShape(_ shape: [Int]) -> Var {
        if self.shape == shape { return self }
        let original = self.shape
        return Var.record(value.summed(toShape: shape), [self], "sumToShape") { g, _, _ in
            [g.broadcast(toShape: original)]
        }
    }

    /// This node broadcast (copied) to `shape`; its gradient sums back.
    public func broadcast(toShape shape: [Int]) -> Var {
        if self.shape == shape { return self }
        let original = self.shape
        return Var.record(value.broadcast(toShape: shape), [self], "broadcast") { g, _, _ in
            [g.sumToShape(original)]
        }
    }
}

precedencegroup PowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator ** : PowerPrecedence

/// Each element raised to the constant power `p`, with `d/dx xᵖ = p xᵖ⁻¹`.
public func pow(_ x: Var, _ p: Double) -> Var {
    if p == 1 { return x }
    return Var.record(pow(x.value, p), [x], "pow") { g, inputs, _ in
        [g * (p * pow(inputs[0], p - 1))]
    }
}
