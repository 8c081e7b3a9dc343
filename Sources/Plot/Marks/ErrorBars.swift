/// Points with vertical (and optionally horizontal) error bars: means over
/// seeds with their standard errors, say.
public struct ErrorBars: Mark {
    let x: [Double]
    let y: [Double]
    let yLower: [Double]
    let yUpper: [Double]
    let xError: [Double]?
    let label: String?
    let request: SeriesStyle.Request
    let showPoints: Bool

    /// Symmetric bars: y[i] ± yError[i] (and x[i] ± xError[i] when given).
    public init<X: Sequence, Y: Sequence, E: Sequence>(_ x: X, _ y: Y, yError: E, xError: [Double]? = nil,
                                                       label: String? = nil, color: PlotColor = .auto,
                                                       symbol: Symbol = .auto, points: Bool = true)
    where X.Element: PlotScalar, Y.Element: PlotScalar, E.Element: PlotScalar {
        let ys = y.plotValues, es = yError.plotValues
        self.init(x.plotValues, ys, lower: zip(ys, es).map { $0 - $1 }, upper: zip(ys, es).map { $0 + $1 },
                  errorCount: es.count, xError: xError, label: label, color: color, symbol: symbol, points: points)
    }

    /// Asymmetric bars from lower[i] to upper[i] (e.g. quantiles).
    public init<X: Sequence, Y: Sequence, L: Sequence, U: Sequence>(_ x: X, _ y: Y, lower: L, upper: U,
                                                                    label: String? = nil, color: PlotColor = .auto,
                                                                    symbol: Symbol = .auto, points: Bool = true)
    where X.Element: PlotScalar, Y.Element: PlotScalar, L.Element: PlotScalar, U.Element: PlotScalar {
        let lo = lower.plotValues
        self.init(x.plotValues, y.plotValues, lower: lo, upper: upper.plotValues, errorCount: lo.count,
                  xError: nil, label: label, color: color, symbol: symbol, points: points)
    }

    private init(_ x: [Double], _ y: [Double], lower: [Double], upper: [Double], errorCount: Int, xError: [Double]?,
                 label: String?, color: PlotColor, symbol: Symbol, points: Bool) {
        self.x = x
        self.y = y
        // zip truncates; keep the author's count so validation can report it.
        yLower = errorCount == lower.count ? lower : [Double](repeating: .nan, count: errorCount)
        yUpper = errorCount == upper.count ? upper : [Double](repeating: .nan, count: errorCount)
        self.xError = xError
        self.label = label
        request = .init(color: color, symbol: symbol)
        showPoints = points
    }
}

extension ErrorBars: PlotMark {
    var kind: String { "error bars" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("ErrorBars", ("x", x.count), ("y", y.count))
        try Check.sameLength("ErrorBars", ("y", y.count), ("yError", yLower.count))
        try Check.sameLength("ErrorBars", ("lower", yLower.count), ("upper", yUpper.count))
        if let xe = xError { try Check.sameLength("ErrorBars", ("x", x.count), ("xError", xe.count)) }
        try Check.onScale("ErrorBars", x, xKind, axis: "x")
        try Check.onScale("ErrorBars", y + yLower + yUpper, yKind, axis: "y")
        if let xe = xError { try Check.onScale("ErrorBars", zip(x, xe).map { $0 - $1 }, xKind, axis: "x") }
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent(xs: self.x, ys: self.y + yLower + yUpper)
        if let xe = xError { for (v, d) in zip(self.x, xe) { e.include(x: v - d); e.include(x: v + d) } }
        return e
    }

    func swatch() -> LegendSwatch { showPoints ? .symbol(request.symbol) : .line(.errorBar) }

    func occupancy(_ ctx: MarkContext) -> [Point] {
        x.indices.flatMap { i in [ctx.point(x[i], yLower[i]), ctx.point(x[i], y[i]), ctx.point(x[i], yUpper[i])] }
            .filter(\.isFinite)
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let cap = 3.5
        var path = PathData()
        var centers: [Point] = []
        for i in x.indices {
            let c = ctx.point(x[i], y[i])
            let lo = ctx.point(x[i], yLower[i]), hi = ctx.point(x[i], yUpper[i])
            if lo.x.isFinite, lo.y.isFinite, hi.y.isFinite {
                path.polyline([lo, hi])
                path.polyline([Point(x: lo.x - cap, y: lo.y), Point(x: lo.x + cap, y: lo.y)])
                path.polyline([Point(x: hi.x - cap, y: hi.y), Point(x: hi.x + cap, y: hi.y)])
            }
            if let xe = xError, c.y.isFinite {
                let l = ctx.point(x[i] - xe[i], y[i]), r = ctx.point(x[i] + xe[i], y[i])
                if l.x.isFinite, r.x.isFinite {
                    path.polyline([l, r])
                    path.polyline([Point(x: l.x, y: l.y - cap), Point(x: l.x, y: l.y + cap)])
                    path.polyline([Point(x: r.x, y: r.y - cap), Point(x: r.x, y: r.y + cap)])
                }
            }
            if c.isFinite { centers.append(c) }
        }
        w.path(path.d, ctx.style.attributes(.errorBar))
        if showPoints { Symbols.render(ctx.style.symbol, at: centers, size: 5.5, style: ctx.style, into: &w) }
    }
}
