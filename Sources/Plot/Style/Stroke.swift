/// How a mark strokes its lines: the CSS class that draws them (which may carry a
/// fixed dash, as `plot-ref` does), whether the series dash applies, and an
/// optional width. A mark draws with its stroke and hands the same stroke to its
/// legend swatch, so the swatch always looks like the line it stands for.
struct Stroke: Equatable {
    /// The drawing class, e.g. "plot-line".
    var base: String
    /// Whether the series' dash pattern (`SeriesStyle.dash`) applies.
    var dashed: Bool
    /// Stroke width in pixels; nil keeps the class's width.
    var width: Double?

    /// A data series: `plot-line`, dashed by the series style.
    static func series(width: Double? = nil) -> Stroke { Stroke(base: "plot-line", dashed: true, width: width) }
    /// A reference line: `plot-ref`, muted and dashed by the stylesheet.
    static let reference = Stroke(base: "plot-ref", dashed: false)
    /// Error bars: `plot-err`, always solid.
    static let errorBar = Stroke(base: "plot-err", dashed: false)
    /// Quiver shafts: `plot-quiver`, always solid.
    static let quiver = Stroke(base: "plot-quiver", dashed: false)
}

extension SeriesStyle {
    /// Class and style attributes for a path drawn with `stroke` in this style.
    func attributes(_ stroke: Stroke) -> [(String, String)] {
        attributes(stroke.base, dashed: stroke.dashed, style: stroke.width.map { "stroke-width:\(Num.px($0))" })
    }
}
