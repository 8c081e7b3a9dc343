/// A dense, row-major, contiguous N-dimensional array of `Double` with value semantics.
///
/// `Tensor` is the one numeric type of the engine: vectors have shape `[n]`, matrices
/// `[rows, cols]`, and higher ranks are allowed. Copies are cheap (storage is shared)
/// and a tensor copies its storage only when mutated while shared (copy-on-write).
///
/// ```swift
/// let A = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
/// let x = Tensor([1, 1])
/// let y = A.matmul(x) + 0.5      // [3.5, 7.5]
/// ```
///
/// Shape errors in operators (`A + B` with incompatible shapes) are programmer errors and
/// stop the program with a message showing both shapes, like an index out of range.
/// `Tensor.broadcastShape(_:_:)` and `Tensor.matmulShape(_:_:)` are the throwing checks
/// those operators use, for code that wants to test shapes first.
public struct Tensor: @unchecked Sendable {
    /// The extent of each axis, outermost first. `[]` is a scalar (one element).
    public let shape: [Int]
    @usableFromInline var storage: TensorStorage

    /// Wraps `storage`, whose element count must equal the product of `shape`.
    @inlinable
    init(shape: [Int], storage: TensorStorage) {
        self.shape = shape
        self.storage = storage
    }

    /// A tensor of `shape` whose elements the caller must write before reading.
    @inlinable
    init(uninitializedShape shape: [Int]) {
        let count = Tensor.elementCount(of: shape)
        self.init(shape: shape, storage: TensorStorage.allocate(count: count))
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    public init(shape: [Int], scalars: [Double]) {
        let count = Tensor.elementCount(of: shape)
        precondition(scalars.count == count,
                     "Tensor(shape: \(shape)) needs \(count) scalars, got \(scalars.count)")
        self.init(uninitializedShape: shape)
        storage.withUnsafeMutablePointerToElements { target in
            scalars.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { target.update(from: base, count: count) }
            }
        }
    }

    /// A vector (shape `[n]`) holding `scalars`.
    public init(_ scalars: [Double]) {
        self.init(shape: [scalars.count], scalars: scalars)
    }

    /// A matrix from its rows; all rows must have the same length.
    public init(rows: [[Double]]) {
        let cols = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == cols }, "Tensor(rows:) needs rows of equal length")
        self.init(shape: [rows.count, cols], scalars: rows.flatMap { $0 })
    }

    /// A tensor of `shape` with every element equal to `value`.
    public init(repeating value: Double, shape: [Int]) {
        self.init(uninitializedShape: shape)
        let count = self.count
        storage.withUnsafeMutablePointerToElements { $0.initialize(repeating: value, count: count) }
    }

    /// A rank-0 tensor (shape `[]`) holding one value.
    public init(scalar value: Double) {
        self.init(repeating: value, shape: [])
    }

    /// The number of elements for `shape`, checking that no extent is negative.
    @inlinable
    static func elementCount(of shape: [Int]) -> Int {
        var count = 1
        for extent in shape {
            precondition(extent >= 0, "negative extent in shape \(shape)")
            count *= extent
        }
        return count
    }
}

// MARK: - Basic properties and raw access

extension Tensor {
    /// The total number of elements.
    @inlinable public var count: Int { storage.header }
    /// The number of axes (0 for a scalar, 1 for a vector, 2 for a matrix).
    @inlinable public var rank: Int { shape.count }
    /// The extent of axis 0 (the length of a vector, the row count of a matrix).
    @inlinable public var rows: Int {
        precondition(rank >= 1, "rows of a rank-0 tensor")
        return shape[0]
    }
    /// The extent of axis 1 of a matrix (1 for a vector, seen as a column).
    @inlinable public var cols: Int {
        precondition(rank >= 1, "cols of a rank-0 tensor")
        return rank == 1 ? 1 : shape[1]
    }
    /// The elements in row-major order, copied into an array.
    public var scalars: [Double] {
        withUnsafeBufferPointer { Array($0) }
    }
    /// The single element of a one-element tensor (e.g. the result of a reduction).
    public var scalar: Double {
        precondition(count == 1, "scalar of a tensor with shape \(shape)")
        return withUnsafeBufferPointer { $0[0] }
    }

    /// Calls `body` with the elements in row-major order, without copying.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        let count = self.count
        return try storage.withUnsafeMutablePointerToElements {
            try body(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Calls `body` with mutable access to the elements, first copying shared storage.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        makeUnique()
        let count = self.count
        return try storage.withUnsafeMutablePointerToElements {
            try body(UnsafeMutableBufferPointer(start: $0, count: count))
        }
    }

    /// Copies the storage if another tensor shares it (the copy-on-write step).
    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// True when this tensor is the only owner of its storage (no copy on mutation).
    @inlinable
    mutating func isUniquelyReferenced() -> Bool { isKnownUniquelyReferenced(&storage) }
}

extension Tensor: Equatable {
    /// Same shape and exactly equal elements (use `isApproximatelyEqual` for tolerance).
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        guard lhs.shape == rhs.shape else { return false }
        if lhs.storage === rhs.storage { return true }
        return lhs.withUnsafeBufferPointer { a in rhs.withUnsafeBufferPointer { b in a.elementsEqual(b) } }
    }

    /// Same shape and every element within `tolerance` (absolute) of the other's.
    public func isApproximatelyEqual(to other: Tensor, tolerance: Double = 1e-9) -> Bool {
        guard shape == other.shape else { return false }
        return withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tolerance }
            }
        }
    }
}

extension Tensor: ExpressibleByArrayLiteral {
    /// `let v: Tensor = [1, 2, 3]` builds a vector.
    public init(arrayLiteral elements: Double...) {
        self.init(elements)
    }
}
