/// Differentiable piecewise functions: element-wise `maximum`, `minimum`, `clamp` and
/// `select` (PyTorch's `torch.where`). Their derivatives are 0/1 masks (½ at ties of
/// `maximum`/`minimum`, as PyTorch), constant between the kinks, so second derivatives
/// through them are 0 away from the kinks.

/// `max(a, b)` element-wise with broadcasting. Gradient: `g` to the larger operand, `g/2`
/// to each on a tie (PyTorch's convention); NaN propagates as in `maximum(Tensor, Tensor)`.
public func maximum(_ a: Var, _ b: Var) -> Var {
    let weightA = Tensor.broadcastBinary(a.value, b.value, "maximum") { $0 > $1 ? 1 : ($0 == $1 ? 0.5 : 0) }
    return piecewise(maximum(a.value, b.value), a, b, weightA, "maximum")
}

/// `min(a, b)` element-wise with broadcasting; gradient to the smaller operand, halved on ties.
public func minimum(_ a: Var, _ b: Var) -> Var {
    let weightA = Tensor.broadcastBinary(a.value, b.value, "minimum") { $0 < $1 ? 1 : ($0 == $1 ? 0.5 : 0) }
    return piecewise(minimum(a.value, b.value), a, b, weightA, "minimum")
}

/// `max(a, c)` with a constant `c`: `maximum(z, 0)` is ReLU (gradient ½ at `z = c`).
public func maximum(_ a: Var, _ c: Double) -> Var { maximum(a, Var(c)) }
/// `min(a, c)` with a constant `c`.
public func minimum(_ a: Var, _ c: Double) -> Var { minimum(a, Var(c)) }

/// Each element limited to `[range.lowerBound, range.upperBound]`: `min(max(x, lo), hi)`.
/// Gradient `g` where `lo ≤ x ≤ hi` (the bounds included, as `torch.clamp`), 0 outside.
public func clamp(_ x: Var, to range: ClosedRange<Double>) -> Var {
    let (low, high) = (range.lowerBound, range.upperBound)
    let inside = x.value.map { $0 >= low && $0 <= high ? 1 : 0 }
    return Var.record(x.value.clipped(to: range), [x], "clamp") { g, _, _ in [g * inside] }
}

/// `a` where `mask` is non-zero and `b` elsewhere, element-wise with broadcasting (PyTorch's
/// `torch.where(mask, a, b)`). Gradient `g · mask` to `a` and `g · (1 − mask)` to `b`,
/// summed back to each operand's shape. `where` is a Swift keyword, hence the name.
public func select(_ mask: Tensor, _ a: Var, _ b: Var) -> Var {
    let weightA = mask.map { $0 != 0 ? 1 : 0 }
    let shape = try? Tensor.broadcastShape(Tensor.broadcastShape(mask.shape, a.shape), b.shape)
    precondition(shape != nil, "select: shapes \(mask.shape), \(a.shape), \(b.shape) do not broadcast")
    return piecewise(mask.select(a.value, b.value), a, b, weightA, "select")
}

/// `select(mask, a, b)` with a constant `b`.
public func select(_ mask: Tensor, _ a: Var, _ b: Tensor) -> Var { select(mask, a, Var(b)) }
/// `select(mask, a, b)` with a constant `a`.
public func select(_ mask: Tensor, _ a: Tensor, _ b: Var) -> Var { select(mask, Var(a), b) }

/// An op `value` that is locally `w ⊙ a + (1 − w) ⊙ b` with a constant weight `w`.
private func piecewise(_ value: Tensor, _ a: Var, _ b: Var, _ weightA: Tensor, _ name: StaticString) -> Var {
    Var.record(value, [a, b], name) { g, inputs, _ in
        [inputs[0].requiresGrad ? (g * weightA).sumToShape(inputs[0].shape) : nil,
         inputs[1].requiresGrad ? (g * (1 - weightA)).sumToShape(inputs[1].shape) : nil]
    }
}
