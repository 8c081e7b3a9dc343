/// A grid of values shown as coloured cells, with a colour bar. Non-finite cells
/// are transparent. Row j spans y from y.lower + j·h (row 0 at the bottom); for
/// matrices use `y: .linear("row", reversed: true)` to put row 0 at the top.
/// By default cell (i, j) is centred on (i, j), so integer ticks label cells.
/// Cells are one pixel each of an embedded PNG scaled up
/// without smoothing, which keeps a 100 × 100 heatmap around 50 KB.
public struct Heatmap: Mark {
    let rows: [[Double]]
    let x: ClosedRange<Double>?
    let y: ClosedRange<Double>?
    let colormap: Colormap
    let range: ClosedRange<Double>?
    let label: String?

    /// - Parameters:
    ///   - rows: `rows[j][i]`, all rows of equal length.
    ///   - x, y: data extent of the whole grid; default −½…columns−½ and −½…rows−½.
    ///   - range: values mapped to the ends of the colormap; default the data
    ///     range (symmetric about zero for diverging maps).
    ///   - label: title of the colour bar.
    public init<Row: Sequence>(_ rows: [Row], x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
                               colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil,
                               label: String? = nil)
    where Row.Element: PlotScalar {
        self.rows = rows.map(\.plotValues)
        self.x = x
        self.y = y
        self.colormap = colormap
        self.range = range
        self.label = label
    }

    var columns: Int { rows.first?.count ?? 0 }
    var xExtent: ClosedRange<Double> { x ?? -0.5...(Double(Swift.max(columns, 1)) - 0.5) }
    var yExtent: ClosedRange<Double> { y ?? -0.5...(Double(Swift.max(rows.count, 1)) - 0.5) }

    /// Values at the two ends of the colormap.
    var valueRange: (Double, Double) {
        if let r = range { return (r.lowerBound, r.upperBound) }
        let finite = rows.joined().filter(\.isFinite)
        guard var lo = finite.min(), var hi = finite.max() else { return (0, 1) }
        if colormap.isDiverging {
            let m = Swift.max(Swift.abs(lo), Swift.abs(hi))
            (lo, hi) = (-m, m)
        }
        if hi <= lo { (lo, hi) = (lo - 0.5, hi + 0.5) }
        return (lo, hi)
    }
}

extension Heatmap: PlotMark {
    var kind: String { "heatmap" }
    var takesSeriesSlot: Bool { false }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.linear("Heatmap", xKind, axis: "x")
        try Check.linear("Heatmap", yKind, axis: "y")
        for row in rows { try Check.sameLength("Heatmap", ("row 0", columns), ("another row", row.count)) }
        for r in [x, y, range].compactMap({ $0 }) where !(r.lowerBound.isFinite && r.upperBound.isFinite && r.lowerBound < r.upperBound) {
            throw PlotError.invalidArgument(mark: "Heatmap", reason: "ranges must be finite and non-empty, got \(r)")
        }
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        var e = Extent(xs: [xExtent.lowerBound, xExtent.upperBound], ys: [yExtent.lowerBound, yExtent.upperBound])
        e.stickyX = [xExtent.lowerBound, xExtent.upperBound]
        e.stickyY = [yExtent.lowerBound, yExtent.upperBound]
        return e
    }

    var colorbar: ColorbarSpec? {
        let (lo, hi) = valueRange
        return ColorbarSpec(colormap: colormap, lower: lo, upper: hi, label: label, levels: nil)
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        guard columns > 0, !rows.isEmpty else { return }
        let (lo, hi) = valueRange
        var rgba: [UInt8] = []
        rgba.reserveCapacity(rows.count * columns * 4)
        // PNG rows run top to bottom; on a reversed y axis row 0 is on top.
        let topFirst = ctx.y(yExtent.lowerBound) < ctx.y(yExtent.upperBound)
        let leftFirst = ctx.x(xExtent.lowerBound) < ctx.x(xExtent.upperBound)
        for row in topFirst ? rows : Array(rows.reversed()) {
            for v in leftFirst ? row : Array(row.reversed()) {
                if v.isFinite {
                    let (r, g, b) = colormap.rgb((v - lo) / (hi - lo))
                    rgba += [r, g, b, 255]
                } else {
                    rgba += [0, 0, 0, 0]
                }
            }
        }
        let xs = [ctx.x(xExtent.lowerBound), ctx.x(xExtent.upperBound)].sorted()
        let ys = [ctx.y(yExtent.lowerBound), ctx.y(yExtent.upperBound)].sorted()
        w.empty("image", [("class", "plot-heatmap"), ("x", Num.px(xs[0])), ("y", Num.px(ys[0])),
                          ("width", Num.px(xs[1] - xs[0])), ("height", Num.px(ys[1] - ys[0])), ("preserveAspectRatio", "none"),
                          ("href", PNG.dataURI(width: columns, height: rows.count, rgba: rgba))])
    }
}
