/// Picking one entry per row of a matrix (`x[i, cᵢ]`, PyTorch's `gather` along the last
/// axis) and its adjoint, scattering a vector into those positions of a zero matrix. Each
/// is the other's pullback, so derivatives of every order work.
extension Var {
    /// The vector `[x[0, c₀], x[1, c₁], …]` for a matrix `x` and one column index per row.
    public func picking(_ columns: [Int]) -> Var {
        precondition(value.rank == 2 && columns.count == shape[0] && columns.allSatisfy { (0..<shape[1]).contains($0) },
                     "picking needs a matrix and one column index in range per row: \(shape), \(columns.count) indices")
        let (rows, cols) = (shape[0], shape[1])
        let picked = value.withUnsafeBufferPointer { p in Tensor((0..<rows).map { p[$0 * cols + columns[$0]] }) }
        return Var.record(picked, [self], "picking") { g, _, _ in [g.scattering(columns, columns: cols)] }
    }

    /// The `[count, columns]` matrix that is zero except `result[i, cᵢ] = self[i]` (the
    /// adjoint of `picking`).
    func scattering(_ indices: [Int], columns: Int) -> Var {
        var result = Tensor.zeros([count, columns])
        result.withUnsafeMutableBufferPointer { r in
            value.withUnsafeBufferPointer { v in
                for i in 0..<v.count { r[i * columns + indices[i]] = v[i] }
            }
        }
        return Var.record(result, [self], "scattering") { g, _, _ in [g.picking(indices)] }
    }
}
