import Foundation

/// How a histogram chooses its bins.
public enum Bins: Sendable {
    /// About 2·n^⅓ bins (Rice rule) of a round width.
    case auto
    /// This many equal bins spanning the data.
    case count(Int)
    /// Explicit, increasing bin edges.
    case edges([Double])
}

/// A histogram of values: counts (or a density that integrates to 1) per bin.
/// Non-finite values are ignored.
public struct Histogram: Mark {
    let values: [Double]
    let bins: Bins
    let density: Bool
    let label: String?
    let request: SeriesStyle.Request

    public init<V: Sequence>(_ values: V, bins: Bins = .auto, density: Bool = false, label: String? = nil,
                             color: PlotColor = .auto)
    where V.Element: PlotScalar {
        self.values = values.plotValues.filter(\.isFinite)
        self.bins = bins
        self.density = density
        self.label = label
        request = .init(color: color)
    }

    /// Bin edges: uniform in the x scale's own space (so log-spaced on a log axis).
    func edges(_ kind: ScaleKind) -> [Double] {
        if case .edges(let e) = bins { return e }
        let t = values.map(kind.forward).filter(\.isFinite)
        guard let lo = t.min(), let hi = t.max() else { return [] }
        if hi - lo <= 1e-12 * Swift.max(1, Swift.abs(lo)) {
            return [kind.inverse(lo - 0.5), kind.inverse(lo + 0.5)]
        }
        var n: Int
        switch bins {
        case .count(let c): n = Swift.max(1, c)
        default: n = Swift.min(60, Swift.max(5, Int((2 * Foundation.pow(Double(t.count), 1.0 / 3)).rounded(.up))))
        }
        var start = lo, width = (hi - lo) / Double(n)
        if case .auto = bins, kind == .linear {
            // Round the width to 1, 2, 2.5 or 5 × 10ᵏ and align edges to it.
            let z = Int(Foundation.floor(Foundation.log10(width)))
            let q = [1, 2, 2.5, 5, 10].first { Ticks.value(1, $0, z) >= width * 0.999 } ?? 10
            width = Ticks.value(1, q, z)
            start = Foundation.floor(lo / width) * width
            n = Int(Foundation.ceil((hi - start) / width - 1e-9))
            n = Swift.max(1, n)
        }
        return (0...n).map { kind.inverse(start + width * Double($0)) }
    }

    /// Bar heights for `edges`; the last bin includes its right edge.
    func heights(_ edges: [Double]) -> [Double] {
        guard edges.count >= 2 else { return [] }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        for v in values {
            guard v >= edges[0], v <= edges[edges.count - 1] else { continue }
            var lo = 0, hi = edges.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if v >= edges[mid] { lo = mid } else { hi = mid }
            }
            counts[lo] += 1
        }
        guard density, !values.isEmpty else { return counts }
        return counts.indices.map { counts[$0] / (Double(values.count) * (edges[$0 + 1] - edges[$0])) }
    }
}

extension Histogram: PlotMark {
    var kind: String { "histogram" }
    var legendLabel: String? { label }
    var styleRequest: SeriesStyle.Request { request }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.linear("Histogram", yKind, axis: "y")
        try Check.onScale("Histogram", values, xKind, axis: "x")
        if case .count(let n) = bins, n < 1 {
            throw PlotError.invalidArgument(mark: "Histogram", reason: "bin count must be at least 1, got \(n)")
        }
        if case .edges(let e) = bins {
            guard e.count >= 2, zip(e, e.dropFirst()).allSatisfy({ $0 < $1 }), e.allSatisfy(\.isFinite) else {
                throw PlotError.invalidArgument(mark: "Histogram", reason: "bin edges must be at least 2 finite, increasing values")
            }
            try Check.onScale("Histogram", e, xKind, axis: "x")
        }
    }

    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        let e = edges(x)
        var ext = Extent(xs: e, ys: heights(e) + [0])
        ext.stickyY = [0]
        return ext
    }

    func swatch() -> LegendSwatch { .bar }

    func rects(_ ctx: MarkContext) -> [Rect] {
        let e = edges(ctx.x.kind), h = heights(e)
        return h.indices.compactMap { i in
            let a = ctx.x(e[i]), b = ctx.x(e[i + 1]), top = ctx.y(h[i]), base = ctx.y(0)
            guard h[i] > 0, a.isFinite, b.isFinite, top.isFinite, base.isFinite else { return nil }
            return Rect(x: a, y: top, width: b - a, height: base - top)
        }
    }

    func occupancy(_ ctx: MarkContext) -> [Point] { Bars.fill(rects(ctx)) }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        w.path(Bars.path(rects(ctx)), ctx.style.attributes("plot-bar"))
    }
}
