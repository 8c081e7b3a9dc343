import Foundation

/// Point symbols, drawn as one `<path>` per mark. Circles and squares are
/// zero-length segments with round or square line caps (about 12 bytes per
/// point); the other symbols are small polygons or strokes.
enum Symbols {
    static let defaultSize = 6.0

    static func render(_ symbol: Symbol, at pts: [Point], size: Double, style: SeriesStyle,
                       into w: inout SVGWriter) {
        guard !pts.isEmpty else { return }
        var path = PathData()
        for p in pts { append(symbol, at: p, size: size, to: &path) }
        w.path(path.d, attributes(symbol, size: size, style: style))
    }

    static func attributes(_ symbol: Symbol, size: Double, style: SeriesStyle) -> [(String, String)] {
        switch symbol {
        case .circle, .auto:
            return style.attributes("plot-pts-round") + [("stroke-width", Num.px(size))]
        case .square:
            return style.attributes("plot-pts-square") + [("stroke-width", Num.px(size * 0.9))]
        case .cross, .plus:
            return style.attributes("plot-pts-stroke")
        case .triangle, .diamond, .star:
            return style.attributes("plot-pts")
        }
    }

    static func append(_ symbol: Symbol, at p: Point, size: Double, to path: inout PathData) {
        let r = size / 2
        switch symbol {
        case .circle, .square, .auto:
            path.dot(p)
        case .triangle:
            path.polygon(regular(p, radius: r * 1.3, sides: 3, rotation: -Double.pi / 2))
        case .diamond:
            path.polygon(regular(p, radius: r * 1.3, sides: 4, rotation: -Double.pi / 2))
        case .star:
            let outer = regular(p, radius: r * 1.5, sides: 5, rotation: -Double.pi / 2)
            let inner = regular(p, radius: r * 0.65, sides: 5, rotation: -Double.pi / 2 + Double.pi / 5)
            path.polygon(zip(outer, inner).flatMap { [$0, $1] })
        case .cross:
            path.polyline([Point(x: p.x - r, y: p.y - r), Point(x: p.x + r, y: p.y + r)])
            path.polyline([Point(x: p.x - r, y: p.y + r), Point(x: p.x + r, y: p.y - r)])
        case .plus:
            path.polyline([Point(x: p.x - r * 1.2, y: p.y), Point(x: p.x + r * 1.2, y: p.y)])
            path.polyline([Point(x: p.x, y: p.y - r * 1.2), Point(x: p.x, y: p.y + r * 1.2)])
        }
    }

    private static func regular(_ c: Point, radius: Double, sides: Int, rotation: Double) -> [Point] {
        (0..<sides).map { k in
            let a = rotation + 2 * Double.pi * Double(k) / Double(sides)
            return Point(x: c.x + radius * cos(a), y: c.y + radius * sin(a))
        }
    }
}
