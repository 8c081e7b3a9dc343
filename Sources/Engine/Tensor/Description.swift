import Foundation

/// NumPy-like printing: `[1, 2.5, 3]`, matrices one row per line, large axes shortened to
/// their first and last three entries around `...`.
extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        if rank == 0 { return Tensor.format(scalar) }
        let edge = count > 1000 ? 3 : 0
        return withUnsafeBufferPointer { p in
            var indices: [Int] = []
            _ = render(axis: 0, offset: 0, edge: edge, indent: 1) { indices.append($0); return "" }
            let shown = indices.map { p[$0] }
            let allIntegral = shown.allSatisfy { $0 == $0.rounded() && Swift.abs($0) < 1e15 }
            let texts = shown.map { allIntegral ? String(Int($0)) : Tensor.format($0) }
            let width = texts.map(\.count).max() ?? 0
            let textAt = Dictionary(zip(indices, texts), uniquingKeysWith: { first, _ in first })
            return render(axis: 0, offset: 0, edge: edge, indent: 1) { index in
                let text = textAt[index] ?? ""
                return String(repeating: " ", count: width - text.count) + text
            }
        }
    }

    public var debugDescription: String { "Tensor(shape: \(shape), \(description))" }

    /// Renders axis `axis` starting at flat `offset`, showing only `edge` entries at each end
    /// of long axes when `edge > 0`; `next` formats the element at a flat index.
    private func render(axis: Int, offset: Int, edge: Int, indent: Int, _ next: (Int) -> String) -> String {
        let extent = shape[axis]
        let stride = shape[(axis + 1)...].reduce(1, *)
        let picks = edge > 0 && extent > 2 * edge ? Array(0..<edge) + [-1] + Array((extent - edge)..<extent) : Array(0..<extent)
        if axis == rank - 1 {
            return "[" + picks.map { $0 < 0 ? "..." : next(offset + $0) }.joined(separator: ", ") + "]"
        }
        let separator = ",\n" + String(repeating: "\n", count: rank - axis - 2) + String(repeating: " ", count: indent)
        let parts = picks.map { $0 < 0 ? "..." : render(axis: axis + 1, offset: offset + $0 * stride, edge: edge, indent: indent + 1, next) }
        return "[" + parts.joined(separator: separator) + "]"
    }

    /// A compact number: up to 6 significant digits, exponent form for very large or small.
    static func format(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return String(format: "%.6g", x)
    }
}
