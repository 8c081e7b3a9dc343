/// Polyline simplification in pixel space, so dense series cost bytes in
/// proportion to what can be seen, not to how many samples the cell computed.
enum Simplify {
    /// Default tolerance in pixels: a quarter pixel is invisible at 1× and 2×.
    static let tolerance = 0.25

    /// Simplifies one finite run of points: M4 decimation when x is monotone
    /// and the run is dense, otherwise a radial-distance pass; then
    /// Ramer–Douglas–Peucker. Every dropped point stays within `tolerance` of
    /// the drawn line (M4 is exact at pixel resolution).
    static func polyline(_ pts: [Point], tolerance: Double = tolerance) -> [Point] {
        guard pts.count > 2 else { return pts }
        var p = pts
        if p.count > 64 { p = isMonotoneInX(p) ? m4(p) : radial(p, tolerance: tolerance) }
        return rdp(p, tolerance: tolerance)
    }

    /// Drops points closer than `tolerance` to the last kept point: linear time,
    /// and it shrinks the work for RDP on dense wandering paths (random walks,
    /// SGD iterates) whose steps are sub-pixel.
    static func radial(_ pts: [Point], tolerance: Double) -> [Point] {
        guard let first = pts.first else { return pts }
        var out = [first]
        let t2 = tolerance * tolerance
        for p in pts.dropFirst().dropLast() {
            let q = out[out.count - 1]
            if (p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y) >= t2 { out.append(p) }
        }
        if let last = pts.last, pts.count > 1 { out.append(last) }
        return out
    }

    static func isMonotoneInX(_ pts: [Point]) -> Bool {
        var prev = pts[0].x
        for q in pts.dropFirst() {
            if q.x < prev { return false }
            prev = q.x
        }
        return true
    }

    /// M4 aggregation (Jugel et al., VLDB 2014): in every one-pixel column keep
    /// the first, last, lowest and highest point, in their original order. A line
    /// through the kept points rasterises like the full line, so 100 000 noisy
    /// samples in a 560 px plot become at most ~2 240 points.
    static func m4(_ pts: [Point]) -> [Point] {
        var out: [Point] = []
        out.reserveCapacity(4 * 1024)
        var i = 0
        while i < pts.count {
            let column = pts[i].x.rounded(.down)
            var j = i, lo = i, hi = i
            while j + 1 < pts.count, pts[j + 1].x.rounded(.down) == column {
                j += 1
                if pts[j].y < pts[lo].y { lo = j }
                if pts[j].y > pts[hi].y { hi = j }
            }
            // i ≤ min(lo, hi) ≤ max(lo, hi) ≤ j; append each distinct index once.
            var last = -1
            for k in [i, Swift.min(lo, hi), Swift.max(lo, hi), j] where k != last {
                out.append(pts[k])
                last = k
            }
            i = j + 1
        }
        return out
    }

    /// Ramer–Douglas–Peucker with an explicit stack (no recursion depth limit):
    /// keeps the fewest points such that no dropped point is farther than
    /// `tolerance` from the simplified line.
    static func rdp(_ pts: [Point], tolerance: Double) -> [Point] {
        guard pts.count > 2 else { return pts }
        var keep = [Bool](repeating: false, count: pts.count)
        keep[0] = true
        keep[pts.count - 1] = true
        var stack = [(0, pts.count - 1)]
        let tol2 = tolerance * tolerance
        while let (a, b) = stack.popLast() {
            guard b > a + 1 else { continue }
            var worst = -1.0, index = a
            for k in (a + 1)..<b {
                let d = distanceSquared(pts[k], pts[a], pts[b])
                if d > worst { worst = d; index = k }
            }
            if worst > tol2 {
                keep[index] = true
                stack.append((a, index))
                stack.append((index, b))
            }
        }
        return pts.indices.compactMap { keep[$0] ? pts[$0] : nil }
    }

    /// Squared distance from `p` to the segment `a`–`b`.
    static func distanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        var t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0
        t = Swift.min(1, Swift.max(0, t))
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }

    /// Splits mapped points into runs of finite points; NaN or ±Inf (in the data
    /// or produced by the scale) breaks the line.
    static func finiteRuns(_ pts: [Point]) -> [[Point]] {
        var runs: [[Point]] = []
        var current: [Point] = []
        for p in pts {
            if p.isFinite {
                current.append(p)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
