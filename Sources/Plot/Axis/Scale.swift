import Foundation

/// How data values map to positions along an axis.
public enum ScaleKind: Equatable, Sendable {
    /// Equal differences take equal lengths.
    case linear
    /// Equal ratios take equal lengths (base 10). Data must be positive.
    case log
    /// Linear within ±`threshold`, logarithmic beyond: for signed data spanning
    /// decades, such as gradient components or eigenvalues of an indefinite Hessian.
    case symlog(threshold: Double)

    /// Position of `v` in the scale's uniform space (where the axis is linear).
    /// NaN for values outside the scale's domain (non-positive on `.log`).
    func forward(_ v: Double) -> Double {
        switch self {
        case .linear:
            return v
        case .log:
            return v > 0 ? Foundation.log10(v) : .nan
        case .symlog(let c):
            let a = Swift.abs(v)
            if a <= c { return v / c }
            return v < 0 ? -(1 + Foundation.log10(a / c)) : 1 + Foundation.log10(a / c)
        }
    }

    /// The data value at uniform-space position `t`; inverse of `forward`.
    func inverse(_ t: Double) -> Double {
        switch self {
        case .linear:
            return t
        case .log:
            return Foundation.pow(10, t)
        case .symlog(let c):
            let a = Swift.abs(t)
            if a <= 1 { return t * c }
            let v = c * Foundation.pow(10, a - 1)
            return t < 0 ? -v : v
        }
    }

    /// `count` values from `a` to `b` (both included), evenly spaced in uniform space,
    /// so a log axis gets log-spaced values.
    func samples(from a: Double, to b: Double, count: Int) -> [Double] {
        let t0 = forward(a), t1 = forward(b)
        return (0..<count).map { inverse(t0 + (t1 - t0) * Double($0) / Double(count - 1)) }
    }

    /// Whether `v` can be placed on this scale at all.
    func accepts(_ v: Double) -> Bool {
        if case .log = self { return v > 0 }
        return true
    }

    /// Short name for messages and figure descriptions.
    var name: String {
        switch self {
        case .linear: return "linear"
        case .log: return "log"
        case .symlog: return "symlog"
        }
    }

    /// Axis limits for data in `lo...hi` (nil when there is no data): 5 % padding in
    /// uniform space, except on sides pinned to a sticky value such as the zero
    /// baseline of bars. Degenerate ranges (one point, constant data) widen around
    /// the value so it sits mid-axis.
    func autoLimits(_ lo: Double?, _ hi: Double?, sticky: Set<Double> = []) -> (Double, Double) {
        guard let lo = lo, let hi = hi else {
            switch self {
            case .linear: return (0, 1)
            case .log: return (1, 10)
            case .symlog(let c): return (-10 * c, 10 * c)
            }
        }
        let t0 = forward(lo), t1 = forward(hi)
        if t1 - t0 <= 1e-9 * Swift.max(1, Swift.abs(t0)) {
            switch self {
            case .linear:
                let d = lo == 0 ? 1 : Swift.abs(lo) * 0.1
                return (lo - d, hi + d)
            case .log, .symlog:
                return (inverse(t0 - 0.5), inverse(t1 + 0.5))
            }
        }
        let pad = 0.05 * (t1 - t0)
        let a = sticky.contains(lo) ? lo : inverse(t0 - pad)
        let b = sticky.contains(hi) ? hi : inverse(t1 + pad)
        return (a, b)
    }
}

/// One axis of a panel: its label, scale and optional fixed limits.
///
/// Chapter code usually writes `.linear("step")`, `.log("loss")` or
/// `.symlog("g", threshold: 1e-3)`. Labels accept Plot's text markup:
/// `"\\eta"`, `"λ_max"`, `"10^{-3}"` (see `TextMarkup`).
public struct Axis: Sendable {
    /// Text below (x) or beside (y) the axis; nil for none.
    public var label: String?
    /// How values map to positions.
    public var scale: ScaleKind
    /// Fixed limits; marks outside them are clipped. Nil chooses limits from the data.
    public var limits: ClosedRange<Double>?
    /// Values decrease along the axis: rightwards for x, upwards for y. A
    /// reversed y axis puts row 0 of a matrix heatmap at the top.
    public var reversed: Bool

    public init(_ label: String? = nil, scale: ScaleKind = .linear, limits: ClosedRange<Double>? = nil,
                reversed: Bool = false) {
        self.label = label
        self.scale = scale
        self.limits = limits
        self.reversed = reversed
    }

    /// A linear axis.
    public static func linear(_ label: String? = nil, limits: ClosedRange<Double>? = nil,
                              reversed: Bool = false) -> Axis {
        Axis(label, scale: .linear, limits: limits, reversed: reversed)
    }

    /// A base-10 logarithmic axis; its data must be positive.
    public static func log(_ label: String? = nil, limits: ClosedRange<Double>? = nil,
                           reversed: Bool = false) -> Axis {
        Axis(label, scale: .log, limits: limits, reversed: reversed)
    }

    /// A symmetric-log axis: linear within ±`threshold`, logarithmic outside.
    public static func symlog(_ label: String? = nil, threshold: Double = 1,
                              limits: ClosedRange<Double>? = nil, reversed: Bool = false) -> Axis {
        Axis(label, scale: .symlog(threshold: threshold), limits: limits, reversed: reversed)
    }
}

/// A resolved axis mapping: data limits onto a pixel interval.
struct Scale {
    let kind: ScaleKind
    let lower: Double
    let upper: Double
    /// Pixel position of `lower` and of `upper` (for y, `start` > `end`).
    let start: Double
    let end: Double
    private let t0: Double
    private let k: Double

    init(kind: ScaleKind, lower: Double, upper: Double, start: Double, end: Double) {
        self.kind = kind
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        t0 = kind.forward(lower)
        k = (end - start) / (kind.forward(upper) - t0)
    }

    /// Pixel position of a data value (NaN when the scale cannot place it).
    func callAsFunction(_ v: Double) -> Double {
        start + (kind.forward(v) - t0) * k
    }

    /// Pixels per data unit; meaningful for linear scales.
    var pixelsPerUnit: Double { k }
}
