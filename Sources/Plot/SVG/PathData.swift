/// Compact SVG path data: an absolute move starts each subpath, then relative
/// line-to offsets (`l`, or `h`/`v` for axis-parallel segments) in tenths of a pixel. Offsets are computed from rounded
/// absolute positions, so rounding never accumulates along a long line, and
/// segments that round to zero length are dropped.
struct PathData {
    private(set) var d = ""
    private var x = 0, y = 0
    private var startX = 0, startY = 0
    /// The last line command written ("l", "h" or "v"), which SVG lets the next
    /// segment of the same kind repeat implicitly; nil after a move or close.
    private var command: Character?

    var isEmpty: Bool { d.isEmpty }

    mutating func move(_ p: Point) {
        x = Num.tenths(p.x)
        y = Num.tenths(p.y)
        startX = x
        startY = y
        d += "M" + Num.string(tenths: x) + separator(y) + Num.string(tenths: y)
        command = nil
    }

    mutating func line(_ p: Point) {
        let nx = Num.tenths(p.x), ny = Num.tenths(p.y)
        let dx = nx - x, dy = ny - y
        guard dx != 0 || dy != 0 else { return }
        let c: Character = dx == 0 ? "v" : dy == 0 ? "h" : "l"
        let first = c == "v" ? dy : dx
        if command == c {
            d += separator(first)
        } else {
            d.append(c)
            command = c
        }
        d += Num.string(tenths: first)
        if c == "l" { d += separator(dy) + Num.string(tenths: dy) }
        x = nx
        y = ny
    }

    /// A zero-length segment: with round line caps it renders as a dot, which is
    /// how an isolated finite point in a line (between NaNs) stays visible.
    mutating func dot(_ p: Point) {
        move(p)
        d += "h0"
    }

    mutating func closePath() {
        d += "z"
        x = startX
        y = startY
        command = nil
    }

    /// An open polyline; a single point becomes a dot.
    mutating func polyline(_ pts: [Point]) {
        guard let first = pts.first else { return }
        if pts.count == 1 { dot(first); return }
        move(first)
        for p in pts.dropFirst() { line(p) }
    }

    /// A closed polygon.
    mutating func polygon(_ pts: [Point]) {
        guard pts.count >= 2 else { return }
        polyline(pts)
        closePath()
    }

    /// Numbers need a separator unless the next one starts with a minus sign.
    private func separator(_ next: Int) -> String { next < 0 ? "" : " " }
}
