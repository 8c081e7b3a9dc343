/// Bars from zero to each value: per-category comparisons (final loss per
/// optimiser) or values at numeric positions. Negative values hang below zero.
public struct Bars: Mark {
    let positions: [Double]
    let heights: [Double]
    let width: Double?
    let categories: [String]?
    let label: String?
    let request: SeriesStyle.Request

    /// One bar per category, at x = 0, 1, 2, …; the categories become the x tick labels.
    public init<V: Sequence>(_ categories: [String], _ values: V, label: String? = nil, color: PlotColor = .auto)
    where V.Element: PlotScalar {
        positions = categories.indices.map(Double.init)
        heights = values.plotValues
        width = 0.7
        self.categories = categories
        self.label = label
        request = .init(color: color)
    }

    /// Bars at numeric positions; `width` in data units defaults to 80 % of the closest spacing.
    public init<X: Sequence, H: Sequence>(x: X, heights: H, width: Double? = nil, label: String? = nil,
                                          color: PlotColor = .auto)
    where X.Element: PlotScalar, H.Element: PlotScalar {
        positions = x.plotValues
        self.heights = heights.plotValues
        self.width = width
        categories = nil
        self.label = label
        request = .init(color: color)
    }

    var barWidth: Double {
        if let w = width { return w }
        let xs = positions.filter(\.isFinite).sorted()
        let gaps = zip(xs, xs.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        return 0.8 * (gaps.min() ?? 1)
    }
}

extension Bars: PlotMark {
    var kind: String { "bar chart" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }
    var categoryTicks: [(Double, String)]? { categories.map { Array(zip(positions, $0)) } }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("Bars", (categories == nil ? "x" : "categories", positions.count), ("heights", heights.count))
        try Check.linear("Bars", yKind, axis: "y")
        if categories != nil { try Check.linear("Bars", xKind, axis: "x") }
        try Check.onScale("Bars", positions, xKind, axis: "x")
        guard barWidth > 0, barWidth.isFinite else {
            throw PlotError.invalidArgument(mark: "Bars", reason: "bar width must be positive, got \(barWidth)")
        }
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent(xs: positions.map { $0 - barWidth / 2 } + positions.map { $0 + barWidth / 2 }, ys: heights + [0])
        e.stickyY = [0]
        return e
    }

    func swatch() -> LegendSwatch { .bar }

    func rects(_ ctx: MarkContext) -> [Rect] {
        positions.indices.compactMap { i in
            let a = ctx.x(positions[i] - barWidth / 2), b = ctx.x(positions[i] + barWidth / 2)
            let top = ctx.y(heights[i]), base = ctx.y(0)
            guard a.isFinite, b.isFinite, top.isFinite, base.isFinite else { return nil }
            return Rect(x: a, y: Swift.min(top, base), width: b - a, height: Swift.abs(base - top))
        }
    }

    func occupancy(_ ctx: MarkContext) -> [Point] { Bars.fill(rects(ctx)) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        w.path(Bars.path(rects(ctx)), ctx.style.attributes("plot-bar"))
    }

    /// One path of closed rectangles.
    static func path(_ rects: [Rect]) -> String {
        var p = PathData()
        for r in rects {
            p.polygon([Point(x: r.x, y: r.maxY), Point(x: r.x, y: r.y), Point(x: r.maxX, y: r.y), Point(x: r.maxX, y: r.maxY)])
        }
        return p.d
    }

    /// Sample points covering rectangles every ~8 px, for legend placement.
    static func fill(_ rects: [Rect]) -> [Point] {
        rects.flatMap { r in
            stride(from: r.x, through: r.maxX, by: Swift.max(1, Swift.min(8, r.width / 2))).flatMap { x in
                stride(from: r.y, through: r.maxY, by: 8).map { Point(x: x, y: $0) }
            }
        }
    }
}
