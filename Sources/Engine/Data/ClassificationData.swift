import Foundation

/// Synthetic classification sets in the plane (and one in any dimension), for pictures of
/// decision boundaries. All are seeded through `rng` and return examples in random order.
extension Dataset {
    /// Two interleaving half circles (as scikit-learn's `make_moons`): class 0 is the upper
    /// arc `(cos t, sin t)`, class 1 the lower `(1 - cos t, 0.5 - sin t)`, `t` in [0, π],
    /// plus Gaussian noise of std `noise`.
    public static func twoMoons(count: Int, noise: Double = 0.1, rng: inout RNG) -> Dataset {
        let upper = count / 2
        var points = [Double](), labels = [Double]()
        for i in 0..<count {
            let isUpper = i < upper
            let n = isUpper ? upper : count - upper
            let t = Double.pi * Double(isUpper ? i : i - upper) / Double(Swift.max(n - 1, 1))
            let (x, y) = isUpper ? (cos(t), sin(t)) : (1 - cos(t), 0.5 - sin(t))
            points += [x + noise * rng.normal(), y + noise * rng.normal()]
            labels.append(isUpper ? 0 : 1)
        }
        return shuffled(points: points, labels: labels, dimension: 2, classes: 2, rng: &rng)
    }

    /// `classes` interleaved spiral arms with `countPerClass` points each: arm `k` has radius
    /// growing from 0 to 1 while the angle runs over `[4k, 4k + 4]` radians plus noise.
    public static func spirals(countPerClass: Int, classes: Int = 2, noise: Double = 0.2,
                               rng: inout RNG) -> Dataset {
        var points = [Double](), labels = [Double]()
        for k in 0..<classes {
            for i in 0..<countPerClass {
                let r = Double(i) / Double(Swift.max(countPerClass - 1, 1))
                let angle = 4 * Double(k) + 4 * r + noise * rng.normal()
                points += [r * sin(angle), r * cos(angle)]
                labels.append(Double(k))
            }
        }
        return shuffled(points: points, labels: labels, dimension: 2, classes: classes, rng: &rng)
    }

    /// `classes` isotropic Gaussian blobs in `dimension` dimensions with `countPerClass`
    /// points each; the means are drawn from `N(0, separation² I)`, the blobs have std `std`.
    public static func gaussianMixture(countPerClass: Int, classes: Int, dimension: Int = 2,
                                       separation: Double = 3, std: Double = 1,
                                       rng: inout RNG) -> Dataset {
        let means = rng.normal(rows: classes, cols: dimension, std: separation)
        var points = [Double](), labels = [Double]()
        for k in 0..<classes {
            for _ in 0..<countPerClass {
                for j in 0..<dimension { points.append(means[k, j] + std * rng.normal()) }
                labels.append(Double(k))
            }
        }
        return shuffled(points: points, labels: labels, dimension: dimension, classes: classes, rng: &rng)
    }

    /// Linearly separable points in the square [-1, 1]²: a random line through the origin
    /// region splits them, and points closer than `margin` to it are redrawn, so a
    /// separating line with at least that margin exists. Labels 0 and 1.
    public static func separable2D(count: Int, margin: Double = 0.1, rng: inout RNG) -> Dataset {
        precondition(margin >= 0 && margin < 0.5, "margin must be in [0, 0.5)")
        let angle = rng.uniform(in: 0..<(2 * Double.pi))
        let normal = (cos(angle), sin(angle)), offset = rng.uniform(in: -0.2..<0.2)
        var points = [Double](), labels = [Double]()
        while labels.count < count {
            let x = rng.uniform(in: -1..<1), y = rng.uniform(in: -1..<1)
            let distance = normal.0 * x + normal.1 * y + offset
            guard Swift.abs(distance) >= margin else { continue }
            points += [x, y]
            labels.append(distance > 0 ? 1 : 0)
        }
        return Dataset(X: Tensor(shape: [count, 2], scalars: points), y: Tensor(labels), classCount: 2)
    }

    /// Builds a data set from flat points and labels and shuffles its rows.
    private static func shuffled(points: [Double], labels: [Double], dimension: Int, classes: Int,
                                 rng: inout RNG) -> Dataset {
        let ordered = Dataset(X: Tensor(shape: [labels.count, dimension], scalars: points),
                              y: Tensor(labels), classCount: classes)
        return ordered.subset(rng.permutation(labels.count))
    }
}
