/// One legend row.
struct LegendEntry: Equatable {
    var label: String
    var swatch: LegendSwatch
    var style: SeriesStyle
}

/// Legend sizing, placement and drawing.
enum Legend {
    static let rowHeight = 18.0, padding = 7.0, swatchWidth = 24.0, font = 12.0

    static func size(_ entries: [LegendEntry]) -> (width: Double, height: Double) {
        let text = entries.map { TextMarkup($0.label).width(fontSize: font) }.max() ?? 0
        return (2 * padding + swatchWidth + 6 + text, 2 * padding + Double(entries.count) * rowHeight - 4)
    }

    /// The rectangle for the legend inside `plot`, or nil to put it outside.
    ///
    /// For `.auto` each inside corner is scored by how many of the marks' pixel
    /// samples it would cover; the emptiest corner wins (top-right first on ties).
    /// If every corner covers data, or the legend would fill much of the plot, the
    /// legend goes outside on the right, when `allowOutside`; otherwise the
    /// emptiest corner is used regardless.
    static func place(_ entries: [LegendEntry], in plot: Rect, avoiding points: [Point],
                      position: LegendPosition, allowOutside: Bool) -> Rect? {
        let (w, h) = size(entries)
        let inset = 8.0
        let corners: [(LegendPosition, Rect)] = [
            (.topRight, Rect(x: plot.maxX - inset - w, y: plot.y + inset, width: w, height: h)),
            (.topLeft, Rect(x: plot.x + inset, y: plot.y + inset, width: w, height: h)),
            (.bottomRight, Rect(x: plot.maxX - inset - w, y: plot.maxY - inset - h, width: w, height: h)),
            (.bottomLeft, Rect(x: plot.x + inset, y: plot.maxY - inset - h, width: w, height: h)),
        ]
        switch position {
        case .outside, .hidden:
            return nil
        case .topRight, .topLeft, .bottomRight, .bottomLeft:
            return corners.first { $0.0 == position }?.1
        case .auto:
            if allowOutside, w > 0.55 * plot.width || h > 0.7 * plot.height { return nil }
            let scored = corners.map { corner -> (Int, Rect) in
                let r = corner.1.insetBy(-4)
                return (points.reduce(0) { $0 + (r.contains($1) ? 1 : 0) }, corner.1)
            }
            guard let best = scored.min(by: { $0.0 < $1.0 }) else { return nil }
            return best.0 == 0 || !allowOutside ? best.1 : nil
        }
    }

    static func render(_ entries: [LegendEntry], at box: Rect, into w: inout SVGWriter) {
        w.open("g", [("class", "plot-legend")])
        w.empty("rect", [("class", "plot-legend-bg"), ("x", Num.px(box.x)), ("y", Num.px(box.y)),
                         ("width", Num.px(box.width)), ("height", Num.px(box.height)), ("rx", "3")])
        for (i, e) in entries.enumerated() {
            let cy = box.y + padding + Double(i) * rowHeight + 7
            let x0 = box.x + padding, x1 = x0 + swatchWidth
            let mid = Point(x: (x0 + x1) / 2, y: cy)
            var line = PathData()
            line.polyline([Point(x: x0, y: cy), Point(x: x1, y: cy)])
            let symbol: (Symbol) -> Symbol = { $0 == .auto ? e.style.symbol : $0 }
            switch e.swatch {
            case .line(let stroke):
                w.path(line.d, e.style.attributes(stroke))
            case .symbol(let s):
                Symbols.render(symbol(s), at: [mid], size: Symbols.defaultSize, style: e.style, into: &w)
            case .lineAndSymbol(let stroke, let s):
                w.path(line.d, e.style.attributes(stroke))
                Symbols.render(symbol(s), at: [mid], size: 5, style: e.style, into: &w)
            case .area, .bar:
                var r = PathData()
                let hw = e.swatch == .bar ? 7.0 : swatchWidth / 2
                r.polygon([Point(x: mid.x - hw, y: cy - 5), Point(x: mid.x + hw, y: cy - 5),
                           Point(x: mid.x + hw, y: cy + 5), Point(x: mid.x - hw, y: cy + 5)])
                w.path(r.d, e.style.attributes(e.swatch == .bar ? "plot-bar" : "plot-area"))
            }
            w.text(TextMarkup(e.label).svg(fontSize: font), [("x", Num.px(x1 + 6)), ("y", Num.px(cy + 4))])
        }
        w.close("g")
    }
}
