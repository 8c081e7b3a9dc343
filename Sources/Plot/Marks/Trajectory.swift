/// An optimisation path: iterates joined by a line, with dots at the iterates
/// and arrowheads showing the direction of travel. Draw it over a `Contour` of
/// the loss in a panel with `aspect: .equal` so that angles are true.
public struct Trajectory: Mark {
    let x: [Double]
    let y: [Double]
    let label: String?
    let request: SeriesStyle.Request
    let arrows: Bool
    let points: Bool

    /// - Parameters:
    ///   - arrows: draw arrowheads midway along segments long enough to hold one.
    ///   - points: draw a dot at every iterate.
    public init<X: Sequence, Y: Sequence>(_ x: X, _ y: Y, label: String? = nil, color: PlotColor = .auto,
                                          dash: Dash = .solid, arrows: Bool = true, points: Bool = true)
    where X.Element: PlotScalar, Y.Element: PlotScalar {
        self.x = x.plotValues
        self.y = y.plotValues
        self.label = label
        request = .init(color: color, dash: dash, symbol: .circle)
        self.arrows = arrows
        self.points = points
    }
}

extension Trajectory: PlotMark {
    var kind: String { "trajectory" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.series("Trajectory", x: x, y: y, xKind, yKind)
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent(xs: self.x, ys: self.y) }

    /// The stroke of the path, shared with its legend swatch.
    var stroke: Stroke { .series(width: 1.5) }

    func swatch() -> LegendSwatch { points ? .lineAndSymbol(stroke, .circle) : .line(stroke) }

    func occupancy(_ ctx: MarkContext) -> [Point] { ctx.densePoints(x, y) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let mapped = zip(x, y).map { ctx.point($0, $1) }
        var line = PathData()
        for run in Simplify.finiteRuns(mapped) { line.polyline(Simplify.polyline(run)) }
        w.path(line.d, ctx.style.attributes(stroke))

        if arrows {
            // Arrowheads at segment midpoints, on segments of at least 14 px, and
            // at most ~24 of them so long runs stay legible.
            let long = mapped.indices.dropLast().filter { i in
                let a = mapped[i], b = mapped[i + 1]
                guard a.isFinite, b.isFinite else { return false }
                return (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y) >= 14 * 14
            }
            let stride = Swift.max(1, (long.count + 23) / 24)
            var heads = PathData()
            for (n, i) in long.enumerated() where n % stride == 0 {
                let a = mapped[i], b = mapped[i + 1]
                let mid = Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
                let dir = Point(x: b.x - a.x, y: b.y - a.y)
                Arrow.head(at: mid, direction: dir, length: 7, to: &heads)
            }
            w.path(heads.d, ctx.style.attributes("plot-head"))
        }
        if points {
            let pts = mapped.filter(\.isFinite)
            Symbols.render(.circle, at: pts, size: 4, style: ctx.style, into: &w)
        }
    }
}
