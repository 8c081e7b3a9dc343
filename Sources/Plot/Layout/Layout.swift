import Foundation

/// Where a panel's plot area sits and how its axes map and tick.
struct PanelFrame {
    var plot: Rect
    var x: Scale
    var y: Scale
    var xTicks: AxisTicks
    var yTicks: AxisTicks
    /// Width of the widest y tick label, for placing the y axis label.
    var yTickLabelWidth: Double
}

/// Grid layout of panels. Margins are sized from the text they hold (titles,
/// tick labels, axis labels, colour bars, outside legends); within a row every
/// panel gets the same top and bottom margin and within a column the same left
/// and right, so plot areas are equal and aligned across the grid.
enum Layout {
    static let tickLength = 5.0, tickPad = 3.0
    static let tickFont = 12.0, labelFont = 13.0, titleFont = 14.0

    /// Estimated width of a tick label (digits and signs are ~0.6 em).
    static func labelWidth(_ s: String, fontSize: Double = tickFont) -> Double {
        Double(s.count) * 0.6 * fontSize
    }

    static func arrange(_ panels: [ResolvedPanel], width: Double, height: Double, columns: Int,
                        outside: [Bool]) -> [PanelFrame] {
        let n = panels.count, rows = (n + columns - 1) / columns
        let tops = panels.map { $0.panel.title == nil ? 10 : titleFont + 16 }
        let bottoms = panels.map { p in
            tickLength + (p.showXTickLabels ? tickPad + tickFont : 0) + (p.showXLabel ? 8 + labelFont : 0) + 8
        }
        let rowTop = (0..<rows).map { r in panels.indices.filter { $0 / columns == r }.map { tops[$0] }.max() ?? 0 }
        let rowBottom = (0..<rows).map { r in panels.indices.filter { $0 / columns == r }.map { bottoms[$0] }.max() ?? 0 }
        let plotH = Swift.max(40, (height - rowTop.reduce(0, +) - rowBottom.reduce(0, +)) / Double(rows))

        var plotW = Swift.max(40, width / Double(columns) - 80)
        var limits = panels.map { ($0.xLimits, $0.yLimits) }
        // Each panel's plot size; smaller than the grid cell only for an equal
        // aspect with fixed limits, and then centred in it.
        var sizes = [(width: Double, height: Double)](repeating: (0, 0), count: n)
        var xTicks = [AxisTicks](repeating: AxisTicks(), count: n), yTicks = xTicks
        var lefts = [Double](repeating: 0, count: n), rights = lefts, yWidths = lefts
        var colLeft = [Double](repeating: 0, count: columns), colRight = colLeft
        // Tick labels set margins, margins set the plot size, and equal aspect
        // makes the size feed back into limits and ticks: a few passes settle it.
        for _ in 0..<3 {
            for (i, p) in panels.enumerated() {
                sizes[i] = (plotW, plotH)
                if p.panel.aspect == .equal {
                    let fit = equalAspect(p, width: plotW, height: plotH)
                    limits[i] = (fit.x, fit.y)
                    sizes[i] = (fit.width, fit.height)
                }
                yTicks[i] = Ticks.make(p.yKind, lower: limits[i].1.0, upper: limits[i].1.1,
                                       target: Swift.min(8, Swift.max(4, Int(sizes[i].height / 55))))
                if let cats = p.categories {
                    xTicks[i] = AxisTicks(major: cats.map(\.0), labels: cats.map(\.1), minor: [])
                } else {
                    xTicks[i] = Ticks.make(p.xKind, lower: limits[i].0.0, upper: limits[i].0.1,
                                           target: Swift.min(8, Swift.max(4, Int(sizes[i].width / 90))))
                }
                yWidths[i] = yTicks[i].labels.map { labelWidth($0) }.max() ?? 0
                lefts[i] = tickLength + (p.showYTickLabels ? tickPad + yWidths[i] : 0)
                    + (p.showYLabel ? 8 + labelFont : 0) + 6
                let lastHalf = (xTicks[i].labels.last.map { labelWidth($0) } ?? 0) / 2 + 2
                rights[i] = Swift.max(12, lastHalf) + (p.colorbar.map(Colorbar.width) ?? 0)
                    + (outside[i] ? Legend.size(p.legend).width + 14 : 0)
            }
            for c in 0..<columns {
                let members = panels.indices.filter { $0 % columns == c }
                colLeft[c] = members.map { lefts[$0] }.max() ?? 0
                colRight[c] = members.map { rights[$0] }.max() ?? 0
            }
            plotW = Swift.max(40, (width - colLeft.reduce(0, +) - colRight.reduce(0, +)) / Double(columns))
        }

        return panels.indices.map { i in
            let r = i / columns, c = i % columns
            let x0 = (0..<c).reduce(0.0) { $0 + colLeft[$1] + plotW + colRight[$1] } + colLeft[c]
            let y0 = (0..<r).reduce(0.0) { $0 + rowTop[$1] + plotH + rowBottom[$1] } + rowTop[r]
            let (w, h) = sizes[i]
            let plot = Rect(x: x0 + (plotW - w) / 2, y: y0 + (plotH - h) / 2, width: w, height: h)
            let p = panels[i]
            let (xa, xb) = p.panel.x.reversed ? (plot.maxX, plot.x) : (plot.x, plot.maxX)
            let (ya, yb) = p.panel.y.reversed ? (plot.y, plot.maxY) : (plot.maxY, plot.y)
            return PanelFrame(
                plot: plot,
                x: Scale(kind: p.xKind, lower: limits[i].0.0, upper: limits[i].0.1, start: xa, end: xb),
                y: Scale(kind: p.yKind, lower: limits[i].1.0, upper: limits[i].1.1, start: ya, end: yb),
                xTicks: xTicks[i], yTicks: yTicks[i], yTickLabelWidth: yWidths[i])
        }
    }

    /// Limits and plot size at which a unit of x and a unit of y (in scale space)
    /// take the same number of pixels, for a `w × h` cell. The axis with fewer
    /// units per pixel must gain units: automatic limits grow about their centre;
    /// fixed limits are kept, and the plot area shrinks along that axis instead.
    static func equalAspect(_ p: ResolvedPanel, width w: Double, height h: Double)
        -> (x: (Double, Double), y: (Double, Double), width: Double, height: Double) {
        let x = p.xLimits, y = p.yLimits, xk = p.xKind, yk = p.yKind
        let tx0 = xk.forward(x.0), tx1 = xk.forward(x.1), ty0 = yk.forward(y.0), ty1 = yk.forward(y.1)
        let ux = (tx1 - tx0) / w, uy = (ty1 - ty0) / h
        if ux > uy {
            if p.yFixed { return (x, y, w, (ty1 - ty0) / ux) }
            let c = (ty0 + ty1) / 2, half = ux * h / 2
            return (x, (yk.inverse(c - half), yk.inverse(c + half)), w, h)
        }
        if p.xFixed { return (x, y, (tx1 - tx0) / uy, h) }
        let c = (tx0 + tx1) / 2, half = uy * w / 2
        return ((xk.inverse(c - half), xk.inverse(c + half)), y, w, h)
    }
}
