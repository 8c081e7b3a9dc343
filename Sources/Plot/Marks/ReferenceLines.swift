import Foundation

/// A horizontal reference line across the panel, e.g. a loss floor or a stability
/// threshold. Its optional label is written just above the line's right end.
/// Reference lines do not move automatic limits unless `includeInLimits` is set.
public struct HLine: Mark {
    let y: Double
    let label: String?
    let request: SeriesStyle.Request
    let includeInLimits: Bool

    public init<V: PlotScalar>(_ y: V, label: String? = nil, color: PlotColor = .muted, includeInLimits: Bool = true) {
        self.y = y.plotValue
        self.label = label
        request = .init(color: color)
        self.includeInLimits = includeInLimits
    }
}

/// A vertical reference line, e.g. a learning-rate threshold 2/L or the step at
/// which a schedule changes. Its optional label is written at the top, right of the line.
public struct VLine: Mark {
    let x: Double
    let label: String?
    let request: SeriesStyle.Request
    let includeInLimits: Bool

    public init<V: PlotScalar>(_ x: V, label: String? = nil, color: PlotColor = .muted, includeInLimits: Bool = true) {
        self.x = x.plotValue
        self.label = label
        request = .init(color: color)
        self.includeInLimits = includeInLimits
    }
}

/// A diagonal guide: `y = slope·x + intercept`, or a power law `y = coefficient·x^exponent`
/// (a straight line on log–log axes, handy for "rate ∝ 1/t" guides). It spans
/// the panel and never moves the limits; its label goes to the legend.
public struct RefLine: Mark {
    let f: (Double) -> Double
    let label: String?
    let request: SeriesStyle.Request

    public init(slope: Double, intercept: Double = 0, label: String? = nil, color: PlotColor = .muted) {
        f = { slope * $0 + intercept }
        self.label = label
        request = .init(color: color)
    }

    public init(exponent: Double, coefficient: Double = 1, label: String? = nil, color: PlotColor = .muted) {
        f = { coefficient * Foundation.pow($0, exponent) }
        self.label = label
        request = .init(color: color)
    }
}

extension HLine: PlotMark {
    var kind: String { "reference line" }
    var takesSeriesSlot: Bool { false }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x: ScaleKind, y yKind: ScaleKind) throws {
        try Check.onScale("HLine", [y], yKind, axis: "y")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent()
        if includeInLimits { e.include(y: self.y) }
        return e
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let py = ctx.y(y)
        guard py.isFinite else { return }
        var path = PathData()
        path.polyline([Point(x: ctx.plot.x, y: py), Point(x: ctx.plot.maxX, y: py)])
        w.path(path.d, ctx.style.attributes(.reference))
        if let label = label {
            let m = TextMarkup(label)
            w.text(m.svg(fontSize: 12), ctx.style.attributes("plot-note")
                + [("x", Num.px(ctx.plot.maxX - 4)), ("y", Num.px(py - 4)), ("text-anchor", "end")])
        }
    }
}

extension VLine: PlotMark {
    var kind: String { "reference line" }
    var takesSeriesSlot: Bool { false }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y: ScaleKind) throws {
        try Check.onScale("VLine", [x], xKind, axis: "x")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent()
        if includeInLimits { e.include(x: self.x) }
        return e
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let px = ctx.x(x)
        guard px.isFinite else { return }
        var path = PathData()
        path.polyline([Point(x: px, y: ctx.plot.maxY), Point(x: px, y: ctx.plot.y)])
        w.path(path.d, ctx.style.attributes(.reference))
        if let label = label {
            let m = TextMarkup(label)
            w.text(m.svg(fontSize: 12), ctx.style.attributes("plot-note")
                + [("x", Num.px(px + 4)), ("y", Num.px(ctx.plot.y + 12))])
        }
    }
}

extension RefLine: PlotMark {
    var kind: String { "reference line" }
    var takesSeriesSlot: Bool { false }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x: ScaleKind, y: ScaleKind) throws {}
    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent() }
    func swatch() -> LegendSwatch { .line(.reference) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        // Sample across the visible x range; on linear axes RDP reduces a straight
        // line to its two end points.
        let xs = ctx.x.kind.samples(from: ctx.x.lower, to: ctx.x.upper, count: 201)
        let ys = xs.map(f).map { ctx.y.kind.accepts($0) ? $0 : .nan }
        var path = PathData()
        for run in ctx.runs(xs, ys) { path.polyline(run) }
        w.path(path.d, ctx.style.attributes(.reference))
    }
}
