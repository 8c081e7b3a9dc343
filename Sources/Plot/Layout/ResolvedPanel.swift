/// A panel after validation: its marks with resolved styles, its axis limits
/// (shared ones already unified) and which of its axis labels are shown.
struct ResolvedPanel {
    let panel: Panel
    let marks: [any PlotMark]
    let styles: [SeriesStyle]
    var xLimits: (Double, Double)
    var yLimits: (Double, Double)
    /// Whether the limits were set by the author (here or on a shared axis), so
    /// that layout must not change them.
    var xFixed: Bool
    var yFixed: Bool
    var showXTickLabels = true
    var showYTickLabels = true
    var legend: [LegendEntry]
    let colorbar: ColorbarSpec?
    let categories: [(Double, String)]?

    var xKind: ScaleKind { panel.x.scale }
    var yKind: ScaleKind { panel.y.scale }
    var showXLabel: Bool { showXTickLabels && panel.x.label != nil }
    var showYLabel: Bool { showYTickLabels && panel.y.label != nil }

    /// Validates every mark and works out limits from the data. Throws `PlotError`.
    init(_ panel: Panel) throws {
        self.panel = panel
        marks = try panel.marks.map { m in
            guard let pm = m as? any PlotMark else { throw PlotError.unsupportedMark(String(describing: type(of: m))) }
            return pm
        }
        var slot = 0
        var styles: [SeriesStyle] = []
        for m in marks {
            try m.validate(x: panel.x.scale, y: panel.y.scale)
            styles.append(SeriesStyle(slot: m.takesSeriesSlot ? slot : 0, request: m.styleRequest))
            if m.takesSeriesSlot { slot += 1 }
        }
        self.styles = styles
        legend = zip(marks, styles).compactMap { m, s in
            guard let label = m.legendLabel, !label.isEmpty else { return nil }
            return LegendEntry(label: label, swatch: m.swatch(), style: s)
        }
        colorbar = marks.lazy.compactMap(\.colorbar).first
        categories = marks.lazy.compactMap(\.categoryTicks).first
        let e = ResolvedPanel.extent(marks, panel)
        xLimits = try ResolvedPanel.limits(panel.x, "x", e.x, e.stickyX)
        yLimits = try ResolvedPanel.limits(panel.y, "y", e.y, e.stickyY)
        xFixed = panel.x.limits != nil
        yFixed = panel.y.limits != nil
    }

    static func extent(_ marks: [any PlotMark], _ panel: Panel) -> Extent {
        var e = Extent()
        for m in marks { e.formUnion(m.extent(x: panel.x.scale, y: panel.y.scale)) }
        return e
    }

    /// Fixed limits after checking them, or padded automatic limits.
    static func limits(_ axis: Axis, _ name: String, _ range: (Double, Double)?, _ sticky: Set<Double>) throws -> (Double, Double) {
        if let l = axis.limits {
            let ok = l.lowerBound.isFinite && l.upperBound.isFinite && l.lowerBound < l.upperBound
                && axis.scale.accepts(l.lowerBound)
            guard ok else { throw PlotError.invalidLimits(axis: name, lower: l.lowerBound, upper: l.upperBound) }
            return (l.lowerBound, l.upperBound)
        }
        return axis.scale.autoLimits(range?.0, range?.1, sticky: sticky)
    }

    /// Gives panels sharing an axis the same limits, and shows tick labels only
    /// on the outer panels (bottom row for x, first column for y).
    static func share(_ panels: inout [ResolvedPanel], x: Bool, y: Bool, columns: Int) throws {
        guard panels.count > 1 else { return }
        if x {
            guard Set(panels.map { $0.xKind.name }).count == 1 else { throw PlotError.sharedScaleMismatch(axis: "x") }
            var e = Extent()
            for p in panels { e.formUnion(extent(p.marks, p.panel)) }
            let fixed = panels.lazy.compactMap(\.panel.x.limits).first
            let axis = Axis(scale: panels[0].xKind, limits: fixed)
            let l = try limits(axis, "x", e.x, e.stickyX)
            for i in panels.indices {
                panels[i].xLimits = l
                panels[i].xFixed = fixed != nil
                panels[i].showXTickLabels = i + columns >= panels.count
            }
        }
        if y {
            guard Set(panels.map { $0.yKind.name }).count == 1 else { throw PlotError.sharedScaleMismatch(axis: "y") }
            var e = Extent()
            for p in panels { e.formUnion(extent(p.marks, p.panel)) }
            let fixed = panels.lazy.compactMap(\.panel.y.limits).first
            let axis = Axis(scale: panels[0].yKind, limits: fixed)
            let l = try limits(axis, "y", e.y, e.stickyY)
            for i in panels.indices {
                panels[i].yLimits = l
                panels[i].yFixed = fixed != nil
                panels[i].showYTickLabels = i % columns == 0
            }
        }
    }
}
