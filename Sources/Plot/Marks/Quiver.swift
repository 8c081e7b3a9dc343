import Foundation

/// A vector field drawn as arrows centred on their sample points: gradient
/// fields, or the update direction of an optimiser. Arrow lengths are
/// proportional to the vectors' magnitudes, scaled so that the longest arrow is
/// about 90 % of the sample spacing.
public struct Quiver: Mark {
    let x: [Double]
    let y: [Double]
    let u: [Double]
    let v: [Double]
    let request: SeriesStyle.Request
    let label: String?

    /// Arrows (u[i], v[i]) at (x[i], y[i]).
    public init<X: Sequence, Y: Sequence, U: Sequence, V: Sequence>(x: X, y: Y, u: U, v: V, label: String? = nil,
                                                                    color: PlotColor = .muted)
    where X.Element: PlotScalar, Y.Element: PlotScalar, U.Element: PlotScalar, V.Element: PlotScalar {
        self.x = x.plotValues
        self.y = y.plotValues
        self.u = u.plotValues
        self.v = v.plotValues
        self.label = label
        request = .init(color: color)
    }

    /// The field `f(x, y) = (u, v)` sampled on a `count × count` grid.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 15, label: String? = nil,
                color: PlotColor = .muted, _ f: (Double, Double) -> (Double, Double)) {
        let n = Swift.max(count, 2)
        var xs: [Double] = [], ys: [Double] = [], us: [Double] = [], vs: [Double] = []
        for j in 0..<n {
            for i in 0..<n {
                let px = x.lowerBound + (x.upperBound - x.lowerBound) * Double(i) / Double(n - 1)
                let py = y.lowerBound + (y.upperBound - y.lowerBound) * Double(j) / Double(n - 1)
                let (a, b) = f(px, py)
                xs.append(px); ys.append(py); us.append(a); vs.append(b)
            }
        }
        self.init(x: xs, y: ys, u: us, v: vs, label: label, color: color)
    }
}

extension Quiver: PlotMark {
    var kind: String { "vector field" }
    var takesSeriesSlot: Bool { false }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("Quiver", ("x", x.count), ("y", y.count))
        try Check.sameLength("Quiver", ("x", x.count), ("u", u.count))
        try Check.sameLength("Quiver", ("x", x.count), ("v", v.count))
        try Check.linear("Quiver", xKind, axis: "x")
        try Check.linear("Quiver", yKind, axis: "y")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent(xs: self.x, ys: self.y) }

    func swatch() -> LegendSwatch { .line(.quiver) }

    func occupancy(_ ctx: MarkContext) -> [Point] {
        zip(x, y).map { ctx.point($0, $1) }
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        // Pixel vectors; y flips because pixel y grows downwards.
        let kx = ctx.x.pixelsPerUnit, ky = ctx.y.pixelsPerUnit
        var items: [(Point, Point)] = []
        for i in x.indices {
            let p = ctx.point(x[i], y[i])
            let d = Point(x: u[i] * kx, y: v[i] * ky)
            if p.isFinite, d.isFinite { items.append((p, d)) }
        }
        let longest = items.map { ($0.1.x * $0.1.x + $0.1.y * $0.1.y).squareRoot() }.max() ?? 0
        guard longest > 0 else { return }
        let inside = items.filter { ctx.plot.contains($0.0) }.count
        let spacing = (ctx.plot.width * ctx.plot.height / Double(Swift.max(inside, 1))).squareRoot()
        let k = 0.9 * spacing / longest
        var shafts = PathData(), heads = PathData()
        for (p, d) in items {
            let dx = d.x * k, dy = d.y * k
            let len = (dx * dx + dy * dy).squareRoot()
            guard len >= 1 else { continue }
            let head = Swift.min(6, 0.45 * len)
            let tail = Point(x: p.x - dx / 2, y: p.y - dy / 2)
            let tip = Point(x: p.x + dx / 2, y: p.y + dy / 2)
            shafts.polyline([tail, Point(x: tip.x - dx / len * head * 0.8, y: tip.y - dy / len * head * 0.8)])
            Arrow.head(at: tip, direction: Point(x: dx, y: dy), length: head, to: &heads)
        }
        w.path(shafts.d, ctx.style.attributes(.quiver))
        w.path(heads.d, ctx.style.attributes("plot-head"))
    }
}
