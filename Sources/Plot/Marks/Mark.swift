/// Something drawn in a panel: a line, a scatter, a contour, an annotation…
///
/// Plot's own mark types (`Line`, `Scatter`, `Contour`, …) conform; the drawing
/// requirements are internal so that rendering details are not public API and can
/// change freely. A type outside Plot that conforms is reported as
/// `PlotError.unsupportedMark` when the figure renders.
public protocol Mark {}

/// What a panel asks of each mark.
protocol PlotMark: Mark {
    /// Kind name for the figure description, e.g. "line".
    var kind: String { get }
    /// Legend text (markup); nil keeps the mark out of the legend.
    var legendLabel: String? { get }
    /// Whether the mark takes the next palette slot (colour, dash, symbol).
    var takesSeriesSlot: Bool { get }
    /// The palette choices the author made; `.auto` fields follow the slot.
    var styleRequest: SeriesStyle.Request { get }
    /// Throws `PlotError` when the data cannot be drawn on these scales.
    func validate(x: ScaleKind, y: ScaleKind) throws
    /// Data bounds that automatic axis limits must include.
    func extent(x: ScaleKind, y: ScaleKind) -> Extent
    /// The legend swatch.
    func swatch() -> LegendSwatch
    /// Pixel positions the legend should not cover.
    func occupancy(_ ctx: MarkContext) -> [Point]
    /// A colour bar the panel should draw for this mark.
    var colorbar: ColorbarSpec? { get }
    /// Category names that replace the numeric x tick labels (bar charts).
    var categoryTicks: [(Double, String)]? { get }
    func render(_ ctx: MarkContext, into w: inout SVGWriter)
}

extension PlotMark {
    var legendLabel: String? { nil }
    var takesSeriesSlot: Bool { true }
    var styleRequest: SeriesStyle.Request { SeriesStyle.Request() }
    func swatch() -> LegendSwatch { .line(.series()) }
    func occupancy(_ ctx: MarkContext) -> [Point] { [] }
    var colorbar: ColorbarSpec? { nil }
    var categoryTicks: [(Double, String)]? { nil }
}

extension SeriesStyle {
    /// An author's colour, dash and symbol choices before resolution.
    struct Request {
        var color: PlotColor = .auto
        var dash: Dash = .auto
        var symbol: Symbol = .auto
    }
}

/// How a legend entry is drawn. Line swatches carry the mark's own stroke, so
/// they have its dash, colour and width.
enum LegendSwatch: Equatable {
    case line(Stroke)
    case symbol(Symbol)
    case lineAndSymbol(Stroke, Symbol)
    case area
    case bar
}

/// A colour bar beside a panel.
struct ColorbarSpec {
    var colormap: Colormap
    var lower: Double
    var upper: Double
    var label: String?
    /// Level boundaries of filled contours: drawn as discrete bands.
    var levels: [Double]?
}

/// Everything a mark needs to draw itself.
struct MarkContext {
    let x: Scale
    let y: Scale
    /// The plot area in figure pixels.
    let plot: Rect
    let style: SeriesStyle

    /// Figure pixel position of a data point (NaN when a scale rejects it).
    func point(_ dx: Double, _ dy: Double) -> Point {
        Point(x: x(dx), y: y(dy))
    }

    /// Data points mapped to pixels, without those that are not finite.
    func finitePoints(_ xs: [Double], _ ys: [Double]) -> [Point] {
        zip(xs, ys).map { point($0, $1) }.filter(\.isFinite)
    }

    /// Points mapped to pixels, split at non-finite values and simplified.
    func runs(_ xs: [Double], _ ys: [Double]) -> [[Point]] {
        var pts: [Point] = []
        pts.reserveCapacity(xs.count)
        for i in 0..<Swift.min(xs.count, ys.count) { pts.append(point(xs[i], ys[i])) }
        return Simplify.finiteRuns(pts).map { Simplify.polyline($0) }
    }

    /// Pixel points for occupancy tests, with long segments subdivided every ~8 px
    /// so that a line crossing a corner counts even if no sample lies there.
    func densePoints(_ xs: [Double], _ ys: [Double]) -> [Point] {
        var out: [Point] = []
        for run in runs(xs, ys) {
            guard var prev = run.first else { continue }
            out.append(prev)
            for p in run.dropFirst() {
                let n = Int(Swift.min(200, (Swift.abs(p.x - prev.x) + Swift.abs(p.y - prev.y)) / 8))
                if n > 1 {
                    for k in 1..<n {
                        let t = Double(k) / Double(n)
                        out.append(Point(x: prev.x + t * (p.x - prev.x), y: prev.y + t * (p.y - prev.y)))
                    }
                }
                out.append(p)
                prev = p
            }
        }
        return out
    }
}

/// Data bounds of a mark, used to choose automatic limits.
struct Extent {
    var x: (Double, Double)?
    var y: (Double, Double)?
    /// Values that padding must not extend past (the zero baseline of bars).
    var stickyX: Set<Double> = []
    var stickyY: Set<Double> = []

    init() {}

    /// Bounds of the finite values in `xs` and `ys` (separately).
    init(xs: [Double], ys: [Double]) {
        for v in xs { include(x: v) }
        for v in ys { include(y: v) }
    }

    mutating func include(x v: Double) {
        guard v.isFinite else { return }
        x = x.map { (Swift.min($0.0, v), Swift.max($0.1, v)) } ?? (v, v)
    }

    mutating func include(y v: Double) {
        guard v.isFinite else { return }
        y = y.map { (Swift.min($0.0, v), Swift.max($0.1, v)) } ?? (v, v)
    }

    mutating func formUnion(_ o: Extent) {
        if let ox = o.x { include(x: ox.0); include(x: ox.1) }
        if let oy = o.y { include(y: oy.0); include(y: oy.1) }
        stickyX.formUnion(o.stickyX)
        stickyY.formUnion(o.stickyY)
    }
}

/// Argument checks shared by the marks.
enum Check {
    static func sameLength(_ mark: String, _ a: (String, Int), _ b: (String, Int)) throws {
        guard a.1 == b.1 else {
            throw PlotError.lengthMismatch(mark: mark, first: a.0, firstCount: a.1, second: b.0, secondCount: b.1)
        }
    }

    /// Finite values must be positive on a log axis; NaN and ±Inf are gaps.
    /// The checks every x–y series needs: equal lengths, and positive values on log axes.
    static func series(_ mark: String, x: [Double], y: [Double], _ xKind: ScaleKind, _ yKind: ScaleKind) throws {
        try sameLength(mark, ("x", x.count), ("y", y.count))
        try onScale(mark, x, xKind, axis: "x")
        try onScale(mark, y, yKind, axis: "y")
    }

    static func onScale(_ mark: String, _ values: [Double], _ kind: ScaleKind, axis: String) throws {
        guard case .log = kind else { return }
        if let bad = values.first(where: { $0.isFinite && $0 <= 0 }) {
            throw PlotError.nonPositiveOnLogAxis(mark: mark, axis: axis, value: bad)
        }
    }

    static func linear(_ mark: String, _ kind: ScaleKind, axis: String) throws {
        guard kind == .linear else {
            throw PlotError.unsupportedScale(mark: mark, axis: axis, scale: kind.name)
        }
    }
}
