import Foundation

/// Which values a contour plot draws lines at.
public enum ContourLevels: Sendable {
    /// About this many round, equally spaced levels.
    case auto(Int)
    /// About this many levels at round values equally spaced in log z
    /// (1-2-5 or 1-3 per decade): the right choice for loss surfaces.
    case log(Int)
    /// Exactly these levels.
    case values([Double])
}

/// Contour lines, or filled contours with a colour bar, of a scalar field
/// sampled on a grid: loss landscapes under optimisation trajectories.
///
///     Contour(x: -2...2, y: -1...3, levels: .log(12)) { x, y in rosenbrock(x, y) }
public struct Contour: Mark {
    let x: [Double]
    let y: [Double]
    /// z[j][i] is the value at (x[i], y[j]).
    let z: [[Double]]
    let levelSpec: ContourLevels
    let filled: Bool
    let colormap: Colormap?
    let label: String?

    /// Contours of grid data. `z[j][i]` is the value at `(x[i], y[j])`.
    /// - Parameters:
    ///   - colormap: colours of lines or bands; nil draws lines in a muted grey.
    ///   - label: title of the colour bar (filled contours).
    public init<X: Sequence, Y: Sequence, Row: Sequence>(x: X, y: Y, z: [Row], levels: ContourLevels = .auto(10),
                                                         filled: Bool = false, colormap: Colormap? = .viridis,
                                                         label: String? = nil)
    where X.Element: PlotScalar, Y.Element: PlotScalar, Row.Element: PlotScalar {
        self.x = x.plotValues
        self.y = y.plotValues
        self.z = z.map(\.plotValues)
        levelSpec = levels
        self.filled = filled
        self.colormap = colormap
        self.label = label
    }

    /// Contours of `f` sampled on a `resolution × resolution` grid.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 100,
                levels: ContourLevels = .auto(10), filled: Bool = false, colormap: Colormap? = .viridis,
                label: String? = nil, _ f: (Double, Double) -> Double) {
        let n = Swift.max(resolution, 2)
        let xs = (0..<n).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(n - 1) }
        let ys = (0..<n).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(n - 1) }
        self.init(x: xs, y: ys, z: ys.map { yv in xs.map { f($0, yv) } }, levels: levels, filled: filled,
                  colormap: colormap, label: label)
    }

    /// The contour levels, ascending.
    var levels: [Double] {
        let finite = z.joined().filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max(), hi > lo else { return [] }
        switch levelSpec {
        case .values(let v):
            return v.filter(\.isFinite).sorted()
        case .auto(let n):
            let t = Ticks.linear(lo, hi, target: Swift.max(n, 2), counts: 2...Swift.max(4, 2 * n))
            return t.values.filter { $0 > lo && $0 < hi }
        case .log(let n):
            guard let pos = finite.filter({ $0 > 0 }).min(), hi > pos else { return [] }
            return Contour.logLevels(pos, hi, count: Swift.max(n, 2))
        }
    }

    /// Round levels between `lo` and `hi` (both positive) whose count is closest to `count`.
    static func logLevels(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
        let k0 = Int(Foundation.floor(Foundation.log10(lo))), k1 = Int(Foundation.ceil(Foundation.log10(hi)))
        let mantissas: [[Double]] = [[1], [1, 3], [1, 2, 5], [1, 1.5, 2, 3, 5, 7]]
        let candidates: [[Double]] = mantissas.map { ms in
            (k0...k1).flatMap { k in ms.map { m in m * Foundation.pow(10, Double(k)) } }.filter { $0 > lo && $0 < hi }
        }
        var best = candidates[0]
        for c in candidates where Swift.abs(c.count - count) < Swift.abs(best.count - count) { best = c }
        if best.count > 2 * count {
            let stride = (best.count + count - 1) / count
            best = best.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        }
        return best
    }

    /// Data-space position of fractional grid coordinate `f` along `axis`.
    static func interpolate(_ axis: [Double], _ f: Double) -> Double {
        let i = Swift.min(Swift.max(Int(f.rounded(.down)), 0), axis.count - 2)
        return axis[i] + (f - Double(i)) * (axis[i + 1] - axis[i])
    }

    /// Colour of level `k` (lines) or band `k` (fills, with `count` bands).
    func color(_ k: Int, of count: Int) -> String {
        (colormap ?? .viridis).hex(count > 1 ? Double(k) / Double(count - 1) : 0.5)
    }
}

extension Contour: PlotMark {
    var kind: String { filled ? "filled contours" : "contours" }
    var takesSeriesSlot: Bool { false }
    var styleRequest: SeriesStyle.Request { .init(color: .muted) }

    func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws {
        try Check.sameLength("Contour", ("y", y.count), ("z rows", z.count))
        for row in z { try Check.sameLength("Contour", ("x", x.count), ("a row of z", row.count)) }
        guard x.count >= 2, y.count >= 2 else {
            throw PlotError.invalidArgument(mark: "Contour", reason: "the grid needs at least 2 × 2 points")
        }
        for (name, axis) in [("x", x), ("y", y)] where !zip(axis, axis.dropFirst()).allSatisfy({ $0 < $1 && $1.isFinite }) {
            throw PlotError.invalidArgument(mark: "Contour", reason: "grid \(name) values must be finite and increasing")
        }
        try Check.onScale("Contour", x, xKind, axis: "x")
        try Check.onScale("Contour", y, yKind, axis: "y")
    }

    /// The grid's bounds, without padding: fields fill the plot to its edges.
    func extent(x: ScaleKind, y: ScaleKind) -> Extent {
        let xb = [self.x.first ?? .nan, self.x.last ?? .nan], yb = [self.y.first ?? .nan, self.y.last ?? .nan]
        var e = Extent(xs: xb, ys: yb)
        e.stickyX = Set(xb)
        e.stickyY = Set(yb)
        return e
    }

    var colorbar: ColorbarSpec? {
        guard filled else { return nil }
        let finite = z.joined().filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max(), !levels.isEmpty else { return nil }
        return ColorbarSpec(colormap: colormap ?? .viridis, lower: lo, upper: hi, label: label, levels: levels)
    }

    private func append(_ lines: [MarchingSquares.Polyline], _ ctx: MarkContext, gridOffset: Double,
                        to p: inout PathData) {
        for line in lines {
            let pts = line.points.map { ctx.point(Contour.interpolate(x, $0.0 - gridOffset), Contour.interpolate(y, $0.1 - gridOffset)) }
            let simple = Simplify.rdp(pts, tolerance: Simplify.tolerance)
            if line.closed { p.polygon(simple) } else { p.polyline(simple) }
        }
    }

    func render(_ ctx: MarkContext, into w: inout SVGWriter) {
        let levels = self.levels
        if filled { return renderFilled(levels, ctx, into: &w) }
        let grid = MarchingSquares(z)
        if colormap == nil {
            var all = PathData()
            for level in levels { append(grid.lines(at: level), ctx, gridOffset: 0, to: &all) }
            w.path(all.d, ctx.style.attributes("plot-contour") + [("stroke", "currentColor")])
            return
        }
        for (k, level) in levels.enumerated() {
            var p = PathData()
            append(grid.lines(at: level), ctx, gridOffset: 0, to: &p)
            w.path(p.d, [("class", "plot-contour"), ("stroke", color(k, of: levels.count))])
        }
    }

    /// Painter's algorithm: fill the domain with the lowest band's colour, then
    /// for each level the region z ≥ level with the next colour. Padding the grid
    /// with a value below every level closes every isoline along the border, so
    /// each region is a set of closed loops filled with the even-odd rule.
    private func renderFilled(_ levels: [Double], _ ctx: MarkContext, into w: inout SVGWriter) {
        let finite = z.joined().filter(\.isFinite)
        guard let lo = finite.min() else { return }
        let pad = Swift.min(lo, levels.first ?? lo) - 1
        let padRow = [Double](repeating: pad, count: x.count + 2)
        let padded = [padRow] + z.map { [pad] + $0.map { $0.isFinite ? $0 : pad } + [pad] } + [padRow]
        let grid = MarchingSquares(padded)
        let corners = [ctx.point(x[0], y[0]), ctx.point(x[x.count - 1], y[0]),
                       ctx.point(x[x.count - 1], y[y.count - 1]), ctx.point(x[0], y[y.count - 1])]
        var base = PathData()
        base.polygon(corners)
        let bands = levels.count + 1
        w.path(base.d, [("class", "plot-fill"), ("fill", color(0, of: bands))])
        for (k, level) in levels.enumerated() {
            // Grid coordinates are offset by the padding; clamping maps the padding
            // ring onto the real border.
            let lines = grid.lines(at: level).map { line in
                MarchingSquares.Polyline(points: line.points.map {
                    (Swift.min(Swift.max($0.0, 1), Double(x.count)), Swift.min(Swift.max($0.1, 1), Double(y.count)))
                }, closed: line.closed)
            }
            var p = PathData()
            append(lines, ctx, gridOffset: 1, to: &p)
            w.path(p.d, [("class", "plot-fill"), ("fill", color(k + 1, of: bands)), ("fill-rule", "evenodd")])
        }
    }
}
