/// A shaded area between two curves: confidence intervals, ±1 standard
/// deviation across seeds, or min–max envelopes. Breaks where any of x, lower
/// or upper is not finite.
public struct Band: Mark {
    let x: [Double]
    let lower: [Double]
    let upper: [Double]
    let label: String?
    let request: SeriesStyle.Request

    public init<X: Sequence, L: Sequence, U: Sequence>(_ x: X, lower: L, upper: U, label: String? = nil,
                                                       color: PlotColor = .auto)
    where X.Element: PlotScalar, L.Element: PlotScalar, U.Element: PlotScalar {
        self.x = x.plotValues
        self.lower = lower.plotValues
        self.upper = upper.plotValues
        self.label = label
        request = .init(color: color)
    }
}

extension Band: PlotMark {
    var kind: String { "band" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("Band", ("x", x.count), ("lower", lower.count))
        try Check.sameLength("Band", ("x", x.count), ("upper", upper.count))
        try Check.onScale("Band", x, xKind, axis: "x")
        try Check.onScale("Band", lower, yKind, axis: "y")
        try Check.onScale("Band", upper, yKind, axis: "y")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent(xs: self.x, ys: lower)
        for v in upper { e.include(y: v) }
        return e
    }

    func swatch() -> LegendSwatch { .area }

    /// Index ranges where x, lower and upper are all finite.
    private func segments() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for i in 0...x.count {
            let ok = i < x.count && x[i].isFinite && lower[i].isFinite && upper[i].isFinite
            if ok, start == nil { start = i }
            if !ok, let s = start { out.append(s..<i); start = nil }
        }
        return out
    }

    func occupancy(_ ctx: MarkContext) -> [Point] {
        ctx.densePoints(x, lower) + ctx.densePoints(x, upper)
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        var path = PathData()
        for r in segments() {
            let top = r.map { ctx.point(x[$0], upper[$0]) }
            let bottom = r.reversed().map { ctx.point(x[$0], lower[$0]) }
            path.polygon(Simplify.polyline(top) + Simplify.polyline(bottom))
        }
        w.path(path.d, ctx.style.attributes("plot-area"))
    }
}
