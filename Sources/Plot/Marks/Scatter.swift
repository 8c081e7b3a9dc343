/// Points drawn as symbols: samples, iterates, or single marked points such as
/// a minimum (`Scatter([1], [1], symbol: .star, label: "minimum")`).
public struct Scatter: Mark {
    let x: [Double]
    let y: [Double]
    let label: String?
    let request: SeriesStyle.Request
    let size: Double

    /// - Parameter size: symbol diameter in pixels.
    public init<X: Sequence, Y: Sequence>(_ x: X, _ y: Y, label: String? = nil, color: PlotColor = .auto,
                                          symbol: Symbol = .auto, size: Double = 6)
    where X.Element: PlotScalar, Y.Element: PlotScalar {
        self.x = x.plotValues
        self.y = y.plotValues
        self.label = label
        request = .init(color: color, symbol: symbol)
        self.size = size
    }
}

extension Scatter: PlotMark {
    var kind: String { "scatter" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.series("Scatter", x: x, y: y, xKind, yKind)
        guard size.isFinite, size > 0 else {
            throw PlotError.invalidArgument(mark: "Scatter", reason: "size must be a positive number of pixels, got \(size)")
        }
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent { Extent(xs: self.x, ys: self.y) }

    func swatch() -> LegendSwatch { .symbol(request.symbol) }

    func points(_ ctx: MarkContext) -> [Point] {
        ctx.finitePoints(x, y)
    }

    func occupancy(_ ctx: MarkContext) -> [Point] { points(ctx) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        Symbols.render(ctx.style.symbol, at: points(ctx), size: size, style: ctx.style, into: &w)
    }
}
