/// Draws one panel: title, grid, clipped marks, axes with ticks and labels,
/// colour bar and legend, in that order (later items paint over earlier ones).
enum PanelRenderer {
    static func render(_ p: ResolvedPanel, _ f: PanelFrame, legend: Rect?, prefix: String, into w: inout SVGWriter) {
        let plot = f.plot
        w.open("g", [("class", "plot-panel")])
        if let title = p.panel.title {
            w.text(TextMarkup(title).svg(fontSize: Layout.titleFont),
                   [("class", "plot-title"), ("x", Num.px(plot.x + plot.width / 2)), ("y", Num.px(plot.y - 12))])
        }
        if p.panel.grid { grid(f, categorical: p.categories != nil, into: &w) }

        let clip = prefix + "-clip"
        w.open("clipPath", [("id", clip)])
        w.empty("rect", [("x", Num.px(plot.x)), ("y", Num.px(plot.y)), ("width", Num.px(plot.width)), ("height", Num.px(plot.height))])
        w.close("clipPath")
        w.open("g", [("clip-path", "url(#\(clip))")])
        for (k, m) in p.marks.enumerated() {
            m.render(MarkContext(x: f.x, y: f.y, plot: plot, style: p.styles[k]), into: &w)
        }
        w.close("g")

        axes(p, f, into: &w)
        if let cb = p.colorbar { Colorbar.render(cb, plot: plot, id: prefix + "-cb", into: &w) }
        if !p.legend.isEmpty, p.panel.legend != .hidden {
            let (lw, lh) = Legend.size(p.legend)
            let outsideX = plot.maxX + (p.colorbar.map(Colorbar.width) ?? 0) + 14
            let box = legend ?? Rect(x: outsideX, y: plot.y, width: lw, height: lh)
            Legend.render(p.legend, at: box, into: &w)
        }
        w.close("g")
    }

    /// Grid lines at major ticks; none across category positions (bar charts).
    private static func grid(_ f: PanelFrame, categorical: Bool, into w: inout SVGWriter) {
        var d = PathData()
        for v in f.xTicks.major where !categorical {
            let x = f.x(v)
            if x.isFinite, x > f.plot.x + 0.5 { d.polyline([Point(x: x, y: f.plot.maxY), Point(x: x, y: f.plot.y)]) }
        }
        for v in f.yTicks.major {
            let y = f.y(v)
            if y.isFinite, y < f.plot.maxY - 0.5 { d.polyline([Point(x: f.plot.x, y: y), Point(x: f.plot.maxX, y: y)]) }
        }
        w.path(d.d, [("class", "plot-grid")])
    }

    private static func axes(_ p: ResolvedPanel, _ f: PanelFrame, into w: inout SVGWriter) {
        let plot = f.plot
        var spine = PathData()
        spine.polyline([Point(x: plot.x, y: plot.y), Point(x: plot.x, y: plot.maxY), Point(x: plot.maxX, y: plot.maxY)])
        w.path(spine.d, [("class", "plot-axis")])

        var ticks = PathData()
        for (values, length) in [(f.xTicks.major, Layout.tickLength), (f.xTicks.minor, 3.0)] {
            for v in values { let x = f.x(v); ticks.polyline([Point(x: x, y: plot.maxY), Point(x: x, y: plot.maxY + length)]) }
        }
        for (values, length) in [(f.yTicks.major, Layout.tickLength), (f.yTicks.minor, 3.0)] {
            for v in values { let y = f.y(v); ticks.polyline([Point(x: plot.x, y: y), Point(x: plot.x - length, y: y)]) }
        }
        w.path(ticks.d, [("class", "plot-tick")])

        let fs = Layout.tickFont
        if p.showXTickLabels {
            let xs = f.xTicks.major.map { f.x($0) }
            let widths = f.xTicks.labels.map { Layout.labelWidth($0) }
            let every = thinning(xs, widths, gap: 8)
            w.open("g", [("class", "plot-xt")])
            let y = plot.maxY + Layout.tickLength + Layout.tickPad + fs * 0.8
            for i in xs.indices where i % every == 0 {
                w.text(SVGWriter.escape(f.xTicks.labels[i]), [("x", Num.px(xs[i])), ("y", Num.px(y))])
            }
            w.close("g")
        }
        if p.showYTickLabels {
            let ys = f.yTicks.major.map { f.y($0) }
            let every = thinning(ys, ys.map { _ in fs }, gap: 3)
            w.open("g", [("class", "plot-yt")])
            let x = plot.x - Layout.tickLength - Layout.tickPad
            for i in ys.indices where i % every == 0 {
                w.text(SVGWriter.escape(f.yTicks.labels[i]), [("x", Num.px(x)), ("y", Num.px(ys[i] + fs * 0.35))])
            }
            w.close("g")
        }
        if p.showXLabel, let label = p.panel.x.label {
            let y = plot.maxY + Layout.tickLength + Layout.tickPad + fs + 8 + Layout.labelFont * 0.8
            w.text(TextMarkup(label).svg(fontSize: Layout.labelFont),
                   [("class", "plot-label"), ("x", Num.px(plot.x + plot.width / 2)), ("y", Num.px(y))])
        }
        if p.showYLabel, let label = p.panel.y.label {
            let x = plot.x - Layout.tickLength - Layout.tickPad - f.yTickLabelWidth - 8
            w.text(TextMarkup(label).svg(fontSize: Layout.labelFont),
                   [("class", "plot-label"), ("transform", "rotate(-90)"), ("x", Num.px(-(plot.y + plot.height / 2))), ("y", Num.px(x))])
        }
    }

    /// The smallest stride k such that labels 0, k, 2k, … do not overlap, given
    /// their centres (monotone, either direction) and widths along the axis.
    static func thinning(_ centres: [Double], _ widths: [Double], gap: Double) -> Int {
        for k in 1...Swift.max(1, centres.count) {
            let shown = Array(Swift.stride(from: 0, to: centres.count, by: k))
            let fits = zip(shown, shown.dropFirst()).allSatisfy { a, b in
                Swift.abs(centres[b] - centres[a]) >= (widths[a] + widths[b]) / 2 + gap
            }
            if fits { return k }
        }
        return Swift.max(1, centres.count)
    }
}
