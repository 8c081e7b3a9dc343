/// A position in figure pixels (SVG user units), y pointing down.
struct Point: Equatable {
    var x: Double
    var y: Double

    /// Both coordinates are finite (a scale maps rejected values to NaN).
    var isFinite: Bool { x.isFinite && y.isFinite }
}

/// An axis-aligned rectangle in figure pixels.
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func contains(_ p: Point) -> Bool {
        p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY
    }

    func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d)
    }
}
