import Foundation

/// A power law `y ≈ coefficient · x^exponent` fitted by least squares on `log y` against
/// `log x`: the slope of a log–log plot, e.g. the order of a Taylor remainder or the rate
/// at which an error shrinks with width or batch size.
public struct PowerLawFit: Sendable, CustomStringConvertible {
    /// The fitted exponent (the log–log slope).
    public let exponent: Double
    /// The fitted prefactor `exp(intercept)`.
    public let coefficient: Double
    /// The coefficient of determination of the straight-line fit in log–log space
    /// (1 for points exactly on a power law).
    public let rSquared: Double
    /// The number of points used.
    public let count: Int

    /// Fits `y ≈ c xᵖ` to the points with `x > 0` and `y > 0` (others are skipped).
    ///
    /// Needs at least two usable points with distinct `x`; otherwise a precondition fails,
    /// naming the number of usable points.
    public init<X: Sequence, Y: Sequence>(x: X, y: Y) where X.Element == Double, Y.Element == Double {
        let points = zip(x, y).filter { $0.0 > 0 && $0.1 > 0 && $0.0.isFinite && $0.1.isFinite }
        let u = points.map { Foundation.log($0.0) }, v = points.map { Foundation.log($0.1) }
        let n = Double(points.count)
        let meanU = u.reduce(0, +) / Swift.max(n, 1), meanV = v.reduce(0, +) / Swift.max(n, 1)
        var suu = 0.0, suv = 0.0, svv = 0.0
        for (a, b) in zip(u, v) {
            suu += (a - meanU) * (a - meanU)
            suv += (a - meanU) * (b - meanV)
            svv += (b - meanV) * (b - meanV)
        }
        precondition(points.count >= 2 && suu > 0,
                     "PowerLawFit needs two points with positive, distinct x and positive y; got \(points.count) usable")
        exponent = suv / suu
        coefficient = Foundation.exp(meanV - exponent * meanU)
        rSquared = svv > 0 ? (suv * suv) / (suu * svv) : 1
        count = points.count
    }

    /// The fitted curve at `x`.
    public func callAsFunction(_ x: Double) -> Double { coefficient * Foundation.pow(x, exponent) }

    public var description: String {
        "PowerLawFit(exponent: \(exponent), coefficient: \(coefficient), r²: \(rSquared), points: \(count))"
    }
}

/// `count` points spaced evenly in log scale from `10^lower` to `10^upper` inclusive.
public func logSpaced(from lower: Double, to upper: Double, count: Int) -> [Double] {
    precondition(count >= 2, "logSpaced needs at least two points, got \(count)")
    return (0..<count).map { Foundation.pow(10, lower + (upper - lower) * Double($0) / Double(count - 1)) }
}
