/// A shape mismatch, reported by the throwing shape checks (`Tensor.broadcastShape`,
/// `Tensor.matmulShape`, `checkedMatmul`). Operators turn the same error into a
/// precondition failure with this message, because a wrong shape is a programmer error.
public struct ShapeError: Error, CustomStringConvertible, Equatable {
    /// The operation that was attempted, e.g. `"+"` or `"matmul"`.
    public let operation: String
    /// The shapes of the operands, in order.
    public let shapes: [[Int]]
    /// What was wrong, in words.
    public let reason: String

    public init(operation: String, shapes: [[Int]], reason: String) {
        self.operation = operation
        self.shapes = shapes
        self.reason = reason
    }

    public var description: String {
        let operands = shapes.map { "\($0)" }.joined(separator: " and ")
        return "shape mismatch in \(operation): \(operands): \(reason)"
    }
}

extension Tensor {
    /// The shape of `a op b` under NumPy broadcasting: shapes are aligned at their last axis
    /// and each pair of extents must be equal or contain a 1.
    ///
    /// `[200, 3] + [3]` broadcasts a row, `[200, 3] + [200, 1]` a column, anything with `[]`
    /// or `[1]` a scalar. Throws `ShapeError` when the shapes are incompatible.
    public static func broadcastShape(_ a: [Int], _ b: [Int], operation: String = "broadcast") throws -> [Int] {
        if a == b { return a }
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for axis in 0..<rank {
            let ea = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
            let eb = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
            if ea == eb || eb == 1 {
                result[axis] = ea
            } else if ea == 1 {
                result[axis] = eb
            } else {
                throw ShapeError(operation: operation, shapes: [a, b],
                                 reason: "axis \(axis) has extents \(ea) and \(eb)")
            }
        }
        return result
    }

    /// Stops the program with the message of a shape error: the operator path of the checks.
    @usableFromInline
    static func shapeFailure(_ error: Error, file: StaticString = #file, line: UInt = #line) -> Never {
        preconditionFailure("\(error)", file: file, line: line)
    }
}
