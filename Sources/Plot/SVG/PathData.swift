/// Compact SVG path data: an absolute move starts each subpath, then relative
/// line-to offsets (`l`, or `h`/`v` for axis-parallel segments) in tenths of a
/// pixel. Offsets are computed from rounded absolute positions, so rounding never
/// accumulates along a long line, and segments that round to zero length are
/// dropped. Bytes are written straight into a buffer: long lines are the one
/// place where SVG generation cost matters.
struct PathData {
    private var bytes: [UInt8] = []
    private var x = 0, y = 0
    private var startX = 0, startY = 0
    /// The last line command written ("l", "h" or "v"), which SVG lets the next
    /// segment of the same kind repeat implicitly; nil after a move or close.
    private var command: UInt8?

    var isEmpty: Bool { bytes.isEmpty }
    var d: String { String(decoding: bytes, as: UTF8.self) }

    mutating func move(_ p: Point) {
        x = Num.tenths(p.x)
        y = Num.tenths(p.y)
        startX = x
        startY = y
        bytes.append(UInt8(ascii: "M"))
        number(x)
        separated(y)
        command = nil
    }

    mutating func line(_ p: Point) {
        let nx = Num.tenths(p.x), ny = Num.tenths(p.y)
        let dx = nx - x, dy = ny - y
        guard dx != 0 || dy != 0 else { return }
        let c = UInt8(ascii: dx == 0 ? "v" : dy == 0 ? "h" : "l")
        let first = dx == 0 ? dy : dx
        if command == c {
            separated(first)
        } else {
            bytes.append(c)
            command = c
            number(first)
        }
        if dx != 0 && dy != 0 { separated(dy) }
        x = nx
        y = ny
    }

    /// A zero-length segment ("h0"), which renders as a dot with round caps.
    mutating func dot(_ p: Point) {
        move(p)
        bytes += [UInt8(ascii: "h"), UInt8(ascii: "0")]
    }

    mutating func closePath() {
        bytes.append(UInt8(ascii: "z"))
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

    /// A number preceded by a space unless its minus sign separates it.
    private mutating func separated(_ t: Int) {
        if t >= 0 { bytes.append(UInt8(ascii: " ")) }
        number(t)
    }

    /// Tenths as decimal text, like `Num.string(tenths:)` without allocating.
    private mutating func number(_ t: Int) {
        if t == 0 { bytes.append(UInt8(ascii: "0")); return }
        if t < 0 { bytes.append(UInt8(ascii: "-")) }
        let a = t.magnitude
        let whole = a / 10, frac = a % 10
        if whole != 0 {
            let start = bytes.count
            var w = whole
            while w > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(w % 10))
                w /= 10
            }
            bytes[start...].reverse()
        }
        if frac != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(frac))
        }
    }
}
