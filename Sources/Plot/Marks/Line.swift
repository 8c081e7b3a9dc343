import Foundation

/// A line through data points: loss curves, learning-rate sweeps, or the graph
/// of a function. NaN and ±Inf break the line; an isolated finite point shows
/// as a dot. Dense lines are simplified in pixel space.
///
///     Line(steps, loss, label: "SGD")
///     Line(x: 0...10, label: "e^{-t}") { exp(-$0) }
public struct Line: Mark {
    let x: [Double]
    let y: [Double]
    let function: ((Double) -> Double)?
    let samples: Int
    let label: String?
    let request: SeriesStyle.Request
    let width: Double?
    let marker: Symbol?

    /// A line through (x[i], y[i]).
    public init<X: Sequence, Y: Sequence>(_ x: X, _ y: Y, label: String? = nil, color: PlotColor = .auto,
                                          dash: Dash = .auto, width: Double? = nil, marker: Symbol? = nil)
    where X.Element: PlotScalar, Y.Element: PlotScalar {
        self.init(x: x.plotValues, y: y.plotValues, function: nil, samples: 0, label: label,
                  request: .init(color: color, dash: dash, symbol: marker ?? .auto), width: width, marker: marker)
    }

    /// A line through (i, y[i]) for i = 0, 1, 2, …
    public init<Y: Sequence>(_ y: Y, label: String? = nil, color: PlotColor = .auto,
                             dash: Dash = .auto, width: Double? = nil, marker: Symbol? = nil)
    where Y.Element: PlotScalar {
        let ys = y.plotValues
        self.init(ys.indices.map(Double.init), ys, label: label, color: color, dash: dash, width: width, marker: marker)
    }

    /// The graph of `f` over `x`, sampled evenly along the axis as drawn (so a
    /// log x axis gets log-spaced samples).
    public init(x domain: ClosedRange<Double>, samples: Int = 400, label: String? = nil, color: PlotColor = .auto,
                dash: Dash = .auto, width: Double? = nil, _ f: @escaping (Double) -> Double) {
        self.init(x: [domain.lowerBound, domain.upperBound], y: [], function: f, samples: samples, label: label,
                  request: .init(color: color, dash: dash), width: width, marker: nil)
    }

    private init(x: [Double], y: [Double], function: ((Double) -> Double)?, samples: Int, label: String?,
                 request: SeriesStyle.Request, width: Double?, marker: Symbol?) {
        self.x = x
        self.y = y
        self.function = function
        self.samples = samples
        self.label = label
        self.request = request
        self.width = width
        self.marker = marker
    }

    /// The points to draw: the data, or `f` sampled between `lo` and `hi`.
    func points(_ kind: ScaleKind, _ lo: Double, _ hi: Double) -> ([Double], [Double]) {
        guard let f = function else { return (x, y) }
        let a = Swift.max(lo, x[0]), b = Swift.min(hi, x[1])
        guard a <= b, samples >= 2 else { return ([], []) }
        let xs = kind.samples(from: a, to: b, count: samples)
        return (xs, xs.map(f))
    }
}

extension Line: PlotMark {
    var kind: String { "line" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        if function != nil {
            guard x[0].isFinite, x[1].isFinite, samples >= 2 else {
                throw PlotError.invalidArgument(mark: "Line", reason: "a function line needs a finite domain and at least 2 samples")
            }
            try Check.onScale("Line", x, xKind, axis: "x")
            try Check.onScale("Line", points(xKind, x[0], x[1]).1, yKind, axis: "y")
            return
        }
        try Check.series("Line", x: x, y: y, xKind, yKind)
    }

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> Extent {
        let (xs, ys) = points(xKind, -.infinity, .infinity)
        return Extent(xs: xs, ys: ys)
    }

    /// The stroke of the line, shared with its legend swatch.
    var stroke: Stroke { .series(width: width) }

    func swatch() -> LegendSwatch { marker.map { .lineAndSymbol(stroke, $0) } ?? .line(stroke) }

    func occupancy(_ ctx: MarkContext) -> [Point] {
        let (xs, ys) = points(ctx.x.kind, ctx.x.lower, ctx.x.upper)
        return ctx.densePoints(xs, ys)
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let (xs, ys) = points(ctx.x.kind, ctx.x.lower, ctx.x.upper)
        var path = PathData()
        var isolated: [Point] = []
        for run in ctx.runs(xs, ys) {
            if run.count == 1 { isolated += run } else { path.polyline(run) }
        }
        w.path(path.d, ctx.style.attributes(stroke))
        // A finite point between gaps has no segment to draw: show it as a dot.
        Symbols.render(.circle, at: isolated, size: 2.5 * (width ?? 1.75), style: ctx.style, into: &w)
        if let m = marker {
            let pts = ctx.finitePoints(xs, ys)
            Symbols.render(m == .auto ? ctx.style.symbol : m, at: pts, size: Symbols.defaultSize, style: ctx.style, into: &w)
        }
    }
}

/// Where a step changes level relative to its sample.
public enum StepPosition: Sendable {
    /// The value y[i] holds from x[i] to x[i+1] (a staircase after each sample).
    case post
    /// The value y[i] holds from x[i-1] to x[i].
    case pre
    /// Levels change halfway between samples.
    case mid
}

/// A staircase line, for piecewise-constant quantities such as learning-rate
/// schedules or per-epoch metrics.
public struct Step: Mark {
    let line: Line
    let x: [Double]
    let y: [Double]
    let position: StepPosition

    public init<X: Sequence, Y: Sequence>(_ x: X, _ y: Y, position: StepPosition = .post, label: String? = nil,
                                          color: PlotColor = .auto, dash: Dash = .auto, width: Double? = nil)
    where X.Element: PlotScalar, Y.Element: PlotScalar {
        let xs = x.plotValues, ys = y.plotValues
        self.x = xs
        self.y = ys
        self.position = position
        let (sx, sy) = Step.stairs(xs, ys, position)
        line = Line(sx, sy, label: label, color: color, dash: dash, width: width)
    }

    static func stairs(_ x: [Double], _ y: [Double], _ position: StepPosition) -> ([Double], [Double]) {
        guard x.count == y.count, x.count > 1 else { return (x, y) }
        var sx: [Double] = [x[0]], sy: [Double] = [y[0]]
        for i in 1..<x.count {
            switch position {
            case .post: sx += [x[i], x[i]]; sy += [y[i - 1], y[i]]
            case .pre: sx += [x[i - 1], x[i]]; sy += [y[i], y[i]]
            case .mid:
                let m = (x[i - 1] + x[i]) / 2
                sx += [m, m, x[i]]; sy += [y[i - 1], y[i], y[i]]
            }
        }
        return (sx, sy)
    }
}

extension Step: PlotMark {
    var kind: String { "step" }
    var legendLabel: String? { line.label }
    var styleRequest: SeriesStyle.Request { line.request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("Step", ("x", x.count), ("y", y.count))
        try line.validate(x: xKind, y: yKind)
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { line.extent(x: x, y: y) }
    func occupancy(_ ctx: MarkContext) -> [Point] { line.occupancy(ctx) }
    func render(_ ctx: MarkContext, into w: inout SVGWriter) { line.render(ctx, into: &w) }
}
