import Foundation

/// Horizontal alignment of annotation text relative to its anchor point.
public enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// Text at a data position, e.g. "minimum" next to a marked point. Supports the
/// label markup (`"\\theta^*"`). `dx`, `dy` shift it by pixels (y down).
public struct Text: Mark {
    let text: String
    let x: Double
    let y: Double
    let anchor: TextAnchor
    let dx: Double
    let dy: Double
    let request: SeriesStyle.Request

    public init<X: PlotScalar, Y: PlotScalar>(_ text: String, x: X, y: Y, anchor: TextAnchor = .start,
                                              dx: Double = 6, dy: Double = -6, color: PlotColor = .foreground) {
        self.text = text
        self.x = x.plotValue
        self.y = y.plotValue
        self.anchor = anchor
        self.dx = dx
        self.dy = dy
        request = .init(color: color)
    }
}

/// An arrow pointing at a data position, with optional text at its tail:
/// `Arrow(from: (1.5, 2), to: (1, 1), text: "saddle")`.
public struct Arrow: Mark {
    let from: (Double, Double)
    let to: (Double, Double)
    let text: String?
    let request: SeriesStyle.Request

    public init(from: (Double, Double), to: (Double, Double), text: String? = nil, color: PlotColor = .foreground) {
        self.from = from
        self.to = to
        self.text = text
        request = .init(color: color)
    }

    /// A filled triangular arrowhead with its tip at `tip`, pointing along `dir`.
    static func head(at tip: Point, direction dir: Point, length: Double, to path: inout PathData) {
        let n = (dir.x * dir.x + dir.y * dir.y).squareRoot()
        guard n > 0 else { return }
        let ux = dir.x / n, uy = dir.y / n
        let bx = tip.x - ux * length, by = tip.y - uy * length
        let hw = length * 0.45
        path.polygon([tip, Point(x: bx - uy * hw, y: by + ux * hw), Point(x: bx + uy * hw, y: by - ux * hw)])
    }
}

extension Text: PlotMark {
    var kind: String { "annotation" }
    var takesSeriesSlot: Bool { false }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.onScale("Text", [x], xKind, axis: "x")
        try Check.onScale("Text", [y], yKind, axis: "y")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent(xs: [self.x], ys: [self.y]) }

    func box(_ ctx: MarkContext) -> Rect? {
        let p = ctx.point(x, y)
        guard p.isFinite else { return nil }
        let w = TextMarkup(text).width(fontSize: 12)
        let left = p.x + dx - (anchor == .start ? 0 : anchor == .middle ? w / 2 : w)
        return Rect(x: left, y: p.y + dy - 10, width: w, height: 13)
    }

    func occupancy(_ ctx: MarkContext) -> [Point] {
        guard let b = box(ctx) else { return [] }
        return stride(from: b.x, through: b.maxX, by: 6).flatMap { [Point(x: $0, y: b.y), Point(x: $0, y: b.maxY)] }
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let p = ctx.point(x, y)
        guard p.isFinite else { return }
        var attrs = ctx.style.attributes("plot-note") + [("x", Num.px(p.x + dx)), ("y", Num.px(p.y + dy))]
        if anchor != .start { attrs.append(("text-anchor", anchor.rawValue)) }
        w.text(TextMarkup(text).svg(fontSize: 12), attrs)
    }
}

extension Arrow: PlotMark {
    var kind: String { "annotation" }
    var takesSeriesSlot: Bool { false }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.onScale("Arrow", [from.0, to.0], xKind, axis: "x")
        try Check.onScale("Arrow", [from.1, to.1], yKind, axis: "y")
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent(xs: [from.0, to.0], ys: [from.1, to.1]) }

    func occupancy(_ ctx: MarkContext) -> [Point] { ctx.densePoints([from.0, to.0], [from.1, to.1]) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let a = ctx.point(from.0, from.1), b = ctx.point(to.0, to.1)
        guard a.isFinite, b.isFinite else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 8 else { return }
        let ux = dx / len, uy = dy / len
        // Leave a small gap at the text end and stop just short of the target.
        let gap = text == nil ? 0 : 4.0
        let start = Point(x: a.x + ux * gap, y: a.y + uy * gap)
        let tip = Point(x: b.x - ux * 2, y: b.y - uy * 2)
        var shaft = PathData()
        shaft.polyline([start, Point(x: tip.x - ux * 6, y: tip.y - uy * 6)])
        w.path(shaft.d, ctx.style.attributes("plot-arrow"))
        var head = PathData()
        Arrow.head(at: tip, direction: Point(x: dx, y: dy), length: 8, to: &head)
        w.path(head.d, ctx.style.attributes("plot-head"))
        guard let text = text else { return }
        // Put the text beyond the tail, on the side facing away from the arrow.
        var attrs = ctx.style.attributes("plot-note")
        if Swift.abs(dx) >= Swift.abs(dy) {
            attrs += [("x", Num.px(a.x - (dx > 0 ? 2 : -2))), ("y", Num.px(a.y + 4)),
                      ("text-anchor", dx > 0 ? "end" : "start")]
        } else {
            attrs += [("x", Num.px(a.x)), ("y", Num.px(dy > 0 ? a.y - 4 : a.y + 13)), ("text-anchor", "middle")]
        }
        w.text(TextMarkup(text).svg(fontSize: 12), attrs)
    }
}
