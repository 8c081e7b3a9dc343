/// Isolines of a scalar field on a rectilinear grid by marching squares.
///
/// `z[j][i]` is the value at column `i`, row `j`. Lines come back in fractional
/// grid coordinates (i, j); the caller maps them to data space. Each crossing
/// point lives on a grid edge and is identified by that edge, so segments are
/// joined into polylines by exact edge identity, never by comparing floats.
/// Saddle cells are resolved by the mean of their corners.
struct MarchingSquares {
    let z: [[Double]]
    let nx: Int
    let ny: Int

    init(_ z: [[Double]]) {
        self.z = z
        ny = z.count
        nx = z.first?.count ?? 0
    }

    /// A polyline in grid coordinates; `closed` when it ends where it began.
    struct Polyline {
        var points: [(Double, Double)]
        var closed: Bool
    }

    /// Edge ids: horizontal edges (i,j)–(i+1,j) first, then vertical (i,j)–(i,j+1).
    private var horizontalCount: Int { ny * (nx - 1) }
    private func h(_ i: Int, _ j: Int) -> Int { j * (nx - 1) + i }
    private func v(_ i: Int, _ j: Int) -> Int { horizontalCount + j * nx + i }

    /// Where the level crosses edge `e`, by linear interpolation.
    private func crossing(_ e: Int, _ level: Double) -> (Double, Double) {
        if e < horizontalCount {
            let j = e / (nx - 1), i = e % (nx - 1)
            let a = z[j][i], b = z[j][i + 1]
            return (Double(i) + (level - a) / (b - a), Double(j))
        }
        let k = e - horizontalCount
        let j = k / nx, i = k % nx
        let a = z[j][i], b = z[j + 1][i]
        return (Double(i), Double(j) + (level - a) / (b - a))
    }

    /// All isolines at `level`. Cells with a non-finite corner are skipped.
    func lines(at level: Double) -> [Polyline] {
        guard nx >= 2, ny >= 2 else { return [] }
        var segments: [(Int, Int)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let a = z[j][i], b = z[j][i + 1], c = z[j + 1][i + 1], d = z[j + 1][i]
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                let index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0)
                let bottom = h(i, j), top = h(i, j + 1), left = v(i, j), right = v(i + 1, j)
                let centreHigh = (a + b + c + d) / 4 >= level
                switch index {
                case 1, 14: segments.append((left, bottom))
                case 2, 13: segments.append((bottom, right))
                case 3, 12: segments.append((left, right))
                case 4, 11: segments.append((right, top))
                case 6, 9: segments.append((bottom, top))
                case 7, 8: segments.append((left, top))
                case 5:
                    if centreHigh { segments += [(bottom, right), (top, left)] } else { segments += [(left, bottom), (right, top)] }
                case 10:
                    if centreHigh { segments += [(left, bottom), (right, top)] } else { segments += [(bottom, right), (top, left)] }
                default: break
                }
            }
        }
        return join(segments).map { chain in
            Polyline(points: chain.edges.map { crossing($0, level) }, closed: chain.closed)
        }
    }

    /// Joins segments that share an edge into maximal chains.
    private func join(_ segments: [(Int, Int)]) -> [(edges: [Int], closed: Bool)] {
        let edgeCount = horizontalCount + nx * (ny - 1)
        var first = [Int](repeating: -1, count: edgeCount), second = first
        for (s, seg) in segments.enumerated() {
            for e in [seg.0, seg.1] {
                if first[e] < 0 { first[e] = s } else { second[e] = s }
            }
        }
        var used = [Bool](repeating: false, count: segments.count)
        func next(from e: Int, after s: Int) -> Int? {
            let o = first[e] == s ? second[e] : first[e]
            return o >= 0 && !used[o] ? o : nil
        }
        func other(_ s: Int, _ e: Int) -> Int { segments[s].0 == e ? segments[s].1 : segments[s].0 }

        var chains: [(edges: [Int], closed: Bool)] = []
        for s0 in segments.indices where !used[s0] {
            used[s0] = true
            var forward = [segments[s0].0, segments[s0].1]
            var s = s0
            while let n = next(from: forward[forward.count - 1], after: s) {
                used[n] = true
                forward.append(other(n, forward[forward.count - 1]))
                s = n
            }
            var backward: [Int] = []
            s = s0
            var end = segments[s0].0
            while let n = next(from: end, after: s) {
                used[n] = true
                end = other(n, end)
                backward.append(end)
                s = n
            }
            let edges = backward.reversed() + forward
            let closed = edges.count > 2 && edges.first == edges.last
            chains.append((closed ? Array(edges.dropLast()) : edges, closed))
        }
        return chains
    }
}
