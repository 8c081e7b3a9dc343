import Foundation

/// A vertical colour bar right of a panel: a gradient with linear ticks for
/// heatmaps, or one band per contour interval (equal heights, so log-spaced
/// levels read evenly) labelled at the level values.
enum Colorbar {
    static let gap = 14.0, barWidth = 12.0

    static func tickLabels(_ spec: ColorbarSpec, height: Double) -> [(Double, String)] {
        if let levels = spec.levels {
            let labels = TickFormat.compact(levels)
            let band = height / Double(levels.count + 1)
            let stride = Swift.max(1, Int(Foundation.ceil(16 / band)))
            return levels.indices.filter { $0 % stride == 0 }.map { (Double($0 + 1) / Double(levels.count + 1), labels[$0]) }
        }
        let t = Ticks.make(.linear, lower: spec.lower, upper: spec.upper, target: 5)
        return zip(t.major, t.labels).map { ((($0 - spec.lower) / (spec.upper - spec.lower)), $1) }
    }

    /// Horizontal space the colour bar takes right of the plot.
    static func width(_ spec: ColorbarSpec) -> Double {
        let labels = tickLabels(spec, height: 300).map { Layout.labelWidth($0.1) }.max() ?? 0
        return gap + barWidth + Layout.tickLength + Layout.tickPad + labels + (spec.label == nil ? 0 : 8 + Layout.labelFont) + 4
    }

    static func render(_ spec: ColorbarSpec, plot: Rect, id: String, into w: inout SVGWriter) {
        let x = plot.maxX + gap, y = plot.y, h = plot.height
        w.open("g", [("class", "plot-cb")])
        if let levels = spec.levels {
            let bands = levels.count + 1
            for k in 0..<bands {
                let y0 = y + h - h * Double(k + 1) / Double(bands), y1 = y + h - h * Double(k) / Double(bands)
                w.empty("rect", [("x", Num.px(x)), ("y", Num.px(y0)), ("width", Num.px(barWidth)),
                                 ("height", Num.px(y1 - y0 + 0.3)), ("fill", spec.colormap.hex(Double(k) / Double(bands - 1)))])
            }
        } else {
            w.open("linearGradient", [("id", id), ("x1", "0"), ("y1", "1"), ("x2", "0"), ("y2", "0")])
            let n = spec.colormap.anchors.count
            for k in 0..<n {
                let t = Double(k) / Double(n - 1)
                w.empty("stop", [("offset", Num.px(t)), ("stop-color", spec.colormap.hex(t))])
            }
            w.close("linearGradient")
            w.empty("rect", [("x", Num.px(x)), ("y", Num.px(y)), ("width", Num.px(barWidth)), ("height", Num.px(h)),
                             ("fill", "url(#\(id))")])
        }
        w.empty("rect", [("class", "plot-frame"), ("x", Num.px(x)), ("y", Num.px(y)), ("width", Num.px(barWidth)),
                         ("height", Num.px(h))])
        let labels = tickLabels(spec, height: h)
        var ticks = PathData()
        for (t, _) in labels {
            ticks.polyline([Point(x: x + barWidth, y: y + h - t * h), Point(x: x + barWidth + Layout.tickLength, y: y + h - t * h)])
        }
        w.path(ticks.d, [("class", "plot-tick")])
        let lx = x + barWidth + Layout.tickLength + Layout.tickPad
        for (t, label) in labels {
            w.text(SVGWriter.escape(label), [("x", Num.px(lx)), ("y", Num.px(y + h - t * h + 4))])
        }
        if let label = spec.label {
            let widest = labels.map { Layout.labelWidth($0.1) }.max() ?? 0
            let bx = lx + widest + 8 + Layout.labelFont * 0.75
            w.text(TextMarkup(label).svg(fontSize: Layout.labelFont),
                   [("class", "plot-label"), ("transform", "rotate(-90)"), ("x", Num.px(-(y + h / 2))), ("y", Num.px(bx))])
        }
        w.close("g")
    }
}
