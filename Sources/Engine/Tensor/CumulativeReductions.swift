/// Products (`prod`) and running sums (`cumsum`), as NumPy's `prod` and `cumsum`.
extension Tensor {
    /// The product `Πᵢ xᵢ` of all elements (1 for an empty tensor).
    public func prod() -> Double {
        withUnsafeBufferPointer { p in p.reduce(1, *) }
    }

    /// Products along `axis` (extent-1 axis kept with `keepingDims`).
    public func prod(axis: Int, keepingDims: Bool = false) -> Tensor {
        kept(reduce(axis: axis, initial: 1) { $0 * $1 }, axis, keepingDims)
    }

    /// Running sums along `axis`: `yₖ = Σ_{j ≤ k} xⱼ`, same shape as the input.
    public func cumsum(axis: Int) -> Tensor {
        let (outer, n, inner) = axisSplit(axis)
        var result = self
        result.withUnsafeMutableBufferPointer { p in
            for o in 0..<outer {
                for k in Swift.stride(from: 1, to: n, by: 1) {
                    let row = (o * n + k) * inner, previous = row - inner
                    for i in 0..<inner { p[row + i] += p[previous + i] }
                }
            }
        }
        return result
    }

    /// Running sums of the elements in row-major order, as a vector (NumPy's `cumsum()`).
    public func cumsum() -> Tensor {
        flattened.cumsum(axis: 0)
    }
}

extension Var {
    /// Running sums along `axis`, `yₖ = Σ_{j ≤ k} xⱼ`; the pullback is the reversed running
    /// sum `x̄ⱼ = Σ_{k ≥ j} ȳₖ = Σₖ ȳₖ − Σ_{k < j} ȳₖ`.
    public func cumsum(axis: Int) -> Var {
        Var.record(value.cumsum(axis: axis), [self], "cumsum") { g, _, _ in
            [g.sum(axis: axis, keepingDims: true) - g.cumsum(axis: axis) + g]
        }
    }
}
