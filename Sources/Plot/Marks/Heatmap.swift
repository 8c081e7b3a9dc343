/// Which corner of the panel row 0, column 0 of a heatmap occupies.
public enum HeatmapOrigin: Sendable {
    /// Row 0 at the bottom: grids of a function f(x, y), y increasing upwards.
    case bottom
    /// Row 0 at the top: matrices (Hessians, weight matrices, confusion tables).
    case top
}

/// A grid of values shown as coloured cells, with a colour bar. Non-finite cells
/// are transparent. Cells are one pixel each of an embedded PNG scaled up
/// without smoothing, which keeps a 100 × 100 heatmap around 50 KB.
public struct Heatmap: Mark {
    let rows: [[Double]]
    let x: ClosedRange<Double>?
    let y: ClosedRange<Double>?
    let colormap: Colormap
    let range: ClosedRange<Double>?
    let label: String?
    let origin: HeatmapOrigin

    /// - Parameters:
    ///   - rows: `rows[j][i]`, all rows of equal length.
    ///   - x, y: data extent of the whole grid; default 0…columns and 0…rows.
    ///   - range: values mapped to the ends of the colormap; default the data
    ///     range (symmetric about zero for diverging maps).
    ///   - label: title of the colour bar.
    public init<Row: Sequence>(_ rows: [Row], x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
                               colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil,
                               label: String? = nil, origin: HeatmapOrigin = .bottom)
    where Row.Element: PlotScalar {
        self.rows = rows.map(\.plotValues)
        self.x = x
        self.y = y
        self.colormap = colormap
        self.range = range
        self.label = label
        self.origin = origin
    }

    var columns: Int { rows.first?.count ?? 0 }
    var xExtent: ClosedRange<Double> { x ?? 0...Double(Swift.max(columns, 1)) }
    var yExtent: ClosedRange<Double> { y ?? 0...Double(Swift.max(rows.count, 1)) }

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
        // PNG rows run top to bottom.
        let ordered = origin == .bottom ? rows.reversed() : rows
        for row in ordered {
            for v in row {
                if v.isFinite {
                    let (r, g, b) = colormap.rgb((v - lo) / (hi - lo))
                    rgba += [r, g, b, 255]
                } else {
                    rgba += [0, 0, 0, 0]
                }
            }
        }
        let x0 = ctx.x(xExtent.lowerBound), x1 = ctx.x(xExtent.upperBound)
        let y0 = ctx.y(yExtent.upperBound), y1 = ctx.y(yExtent.lowerBound)
        w.empty("image", [("class", "plot-heatmap"), ("x", Num.px(x0)), ("y", Num.px(y0)),
                          ("width", Num.px(x1 - x0)), ("height", Num.px(y1 - y0)), ("preserveAspectRatio", "none"),
                          ("href", PNG.dataURI(width: columns, height: rows.count, rgba: rgba))])
    }
}
