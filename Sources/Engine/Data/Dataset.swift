/// A supervised data set: features `X` (one example per row) and targets `y`.
///
/// For classification `y` holds class indices as doubles (`labels` gives them as `Int`)
/// and `classCount` is set; for regression `classCount` is `nil`.
public struct Dataset: Sendable {
    /// Features, shape `[count, dimension]`.
    public var X: Tensor
    /// Targets, shape `[count]` (or `[count, k]` for multi-output regression).
    public var y: Tensor
    /// The number of classes, or `nil` for regression.
    public var classCount: Int?

    public init(X: Tensor, y: Tensor, classCount: Int? = nil) {
        precondition(X.rank == 2 && y.rank >= 1 && X.rows == y.rows,
                     "Dataset needs X [n, d] and y with n rows, got \(X.shape) and \(y.shape)")
        self.X = X
        self.y = y
        self.classCount = classCount
    }

    /// The number of examples.
    public var count: Int { X.rows }
    /// The number of features.
    public var dimension: Int { X.cols }
    /// The targets as class indices.
    public var labels: [Int] { y.scalars.map { Int($0) } }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        Dataset(X: X[rows: indices], y: y[rows: indices], classCount: classCount)
    }

    /// A seeded random split: a random `testFraction` of the examples (rounded) forms the
    /// test set, the rest the training set; both keep the shuffled order.
    public func split(testFraction: Double, rng: inout RNG) -> (train: Dataset, test: Dataset) {
        precondition((0...1).contains(testFraction), "testFraction must be in 0...1")
        let order = rng.permutation(count)
        let testCount = Int((testFraction * Double(count)).rounded())
        return (subset(Array(order[testCount...])), subset(Array(order[..<testCount])))
    }

    /// The number of examples of each class (classification only).
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: resolvedClassCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The labels as one-hot rows, shape `[count, classCount]`.
    public var oneHotTargets: Tensor {
        Tensor.oneHot(labels, classes: resolvedClassCount)
    }

    /// `classCount`, or one more than the largest label when it is not set.
    private var resolvedClassCount: Int { classCount ?? ((labels.max() ?? -1) + 1) }
}
