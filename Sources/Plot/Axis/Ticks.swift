import Foundation

/// Tick positions and their labels for one axis.
struct AxisTicks: Equatable {
    /// Labelled tick positions, ascending, all within the axis limits.
    var major: [Double] = []
    /// Display strings for `major` (may contain Unicode superscripts and U+2212 minus).
    var labels: [String] = []
    /// Unlabelled small ticks (log axes: 2…9 × 10ᵏ).
    var minor: [Double] = []
}

/// A set of equally spaced, round tick values: `n × unit` for consecutive
/// integers `n`, where `unit = q × 10^exponent` and `q` is one of `Ticks.niceQ`.
struct LinearTicks: Equatable {
    var values: [Double]
    var q: Double
    var exponent: Int

    /// Decimal places that show every value exactly.
    var decimals: Int { Swift.max(0, -exponent + (q == 2.5 ? 1 : 0)) }
}

/// Tick placement. Linear axes use the "extended" algorithm of Talbot, Lin and
/// Hanrahan (An Extension of Wilkinson's Algorithm for Positioning Tick Labels on
/// Axes, InfoVis 2010), which scores candidate tick sets for simplicity, coverage
/// and density and searches them best-first with pruning. Unlike the paper we
/// accept only sets that lie inside the axis limits and have 4…10 ticks, because
/// axis limits are already chosen (data plus padding) before ticks are.
enum Ticks {
    /// Nice step mantissas, most preferred first.
    static let niceQ: [Double] = [1, 5, 2, 2.5, 4, 3]
    private static let wSimplicity = 0.25, wCoverage = 0.2, wDensity = 0.5, wLegibility = 0.05

    /// Ticks for an axis of the given scale between `lower` and `upper`.
    /// `target` is the preferred number of ticks (derived from the axis length).
    static func make(_ kind: ScaleKind, lower: Double, upper: Double, target: Int) -> AxisTicks {
        switch kind {
        case .linear:
            let t = linear(lower, upper, target: target)
            return AxisTicks(major: t.values, labels: TickFormat.labels(t), minor: [])
        case .log:
            return log(lower, upper)
        case .symlog(let c):
            return symlog(lower, upper, threshold: c, target: target)
        }
    }

    /// The extended algorithm restricted to tick sets inside `dmin...dmax`.
    static func linear(_ dmin: Double, _ dmax: Double, target m: Int = 5,
                       counts: ClosedRange<Int> = 4...10) -> LinearTicks {
        let span = dmax - dmin
        guard span > 0, span.isFinite else { return LinearTicks(values: [dmin], q: 1, exponent: 0) }
        var best: LinearTicks?
        var bestScore = -2.0
        let nq = Double(niceQ.count - 1)
        var j = 1
        search: while j <= 10 {
            for (qi, q) in niceQ.enumerated() {
                let sMax = 2 - Double(qi) / nq - Double(j)
                if wSimplicity * sMax + wCoverage + wDensity + wLegibility < bestScore { break search }
                for k in 2...counts.upperBound {
                    let dMax = densityMax(k, m)
                    if wSimplicity * sMax + wCoverage + wDensity * dMax + wLegibility < bestScore { break }
                    let delta = span / Double(k + 1) / Double(j) / q
                    var z = Int(Foundation.ceil(Foundation.log10(delta)))
                    while z < 330 {
                        let unit = scaled(q, z)
                        let step = Double(j) * unit
                        let cMax = coverageMax(dmin, dmax, step * Double(k - 1))
                        if wSimplicity * sMax + wCoverage * cMax + wDensity * dMax + wLegibility < bestScore { break }
                        defer { z += 1 }
                        guard counts.contains(k), Swift.abs(dmax / unit) < 1e15, Swift.abs(dmin / unit) < 1e15 else { continue }
                        // Inside placements: first tick n0·unit ≥ dmin, last (n0 + (k-1)j)·unit ≤ dmax.
                        let tol = 1e-9
                        let lo = Int(Foundation.ceil(dmin / unit - tol))
                        let hi = Int(Foundation.floor(dmax / unit + tol)) - (k - 1) * j
                        guard lo <= hi else { continue }
                        for n0 in lo...hi {
                            let lmin = value(n0, q, z), lmax = value(n0 + (k - 1) * j, q, z)
                            let hasZero = n0 <= 0 && n0 + (k - 1) * j >= 0 && n0 % j == 0
                            let s = 1 - Double(qi) / nq - Double(j) + (hasZero ? 1 : 0)
                            let c = coverage(dmin, dmax, lmin, lmax)
                            let g = density(k, m, dmin, dmax, lmin, lmax)
                            let score = wSimplicity * s + wCoverage * c + wDensity * g + wLegibility
                            if score > bestScore {
                                bestScore = score
                                best = LinearTicks(values: (0..<k).map { value(n0 + $0 * j, q, z) }, q: q, exponent: z)
                            }
                        }
                    }
                }
            }
            j += 1
        }
        return best ?? LinearTicks(values: [dmin, dmax], q: 1, exponent: Int(Foundation.floor(Foundation.log10(span))))
    }

    /// `n · q · 10^z` computed so that it is the double nearest the decimal value
    /// (dividing by an exact power of ten instead of multiplying by an inexact one):
    /// this is what keeps 0.30000000000000004 out of tick labels.
    static func value(_ n: Int, _ q: Double, _ z: Int) -> Double {
        let m = Double(n) * q
        return z >= 0 ? m * Foundation.pow(10, Double(z)) : m / Foundation.pow(10, Double(-z))
    }

    private static func scaled(_ q: Double, _ z: Int) -> Double { value(1, q, z) }

    /// Coverage penalises ticks that leave the ends of the axis bare. The paper
    /// scales the gap by 10 % of the range; since our ticks must lie inside limits
    /// that already include padding, we use 25 %, which otherwise lets a "2, 6,
    /// 10, …" set beat "5, 10, 15, 20" just for reaching nearer the ends.
    static let coverageScale = 0.25

    private static func coverage(_ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let r = coverageScale * (dmax - dmin)
        return 1 - 0.5 * ((dmax - lmax) * (dmax - lmax) + (dmin - lmin) * (dmin - lmin)) / (r * r)
    }

    private static func coverageMax(_ dmin: Double, _ dmax: Double, _ span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        let r = coverageScale * range
        return 1 - half * half / (r * r)
    }

    private static func density(_ k: Int, _ m: Int, _ dmin: Double, _ dmax: Double,
                                _ lmin: Double, _ lmax: Double) -> Double {
        let r = Double(k - 1) / (lmax - lmin)
        let rt = Double(m - 1) / (Swift.max(lmax, dmax) - Swift.min(dmin, lmin))
        return 2 - Swift.max(r / rt, rt / r)
    }

    private static func densityMax(_ k: Int, _ m: Int) -> Double {
        k >= m ? 2 - Double(k - 1) / Double(m - 1) : 1
    }

    /// Log axes: decades (every s-th decade when there are many), else 1-2-5
    /// multiples, else linear ticks when the range is narrower than a factor of ~3.
    static func log(_ lower: Double, _ upper: Double) -> AxisTicks {
        let a = Foundation.log10(lower), b = Foundation.log10(upper)
        let k0 = Int(Foundation.ceil(a - 1e-9)), k1 = Int(Foundation.floor(b + 1e-9))
        let decades = k1 - k0 + 1
        if decades >= 3 {
            let strides: [Int] = [1, 2, 3, 4, 5, 10, 20, 25, 50, 100]
            let stride = strides.first { (s: Int) -> Bool in decades / s + 1 <= 8 } ?? 100
            let ks = (k0...k1).filter { $0 % stride == 0 }
            var minor: [Double] = []
            if stride == 1 {
                for k in (k0 - 1)...k1 {
                    for m in 2...9 {
                        let v = Double(m) * Foundation.pow(10, Double(k))
                        if v >= lower && v <= upper { minor.append(v) }
                    }
                }
            } else {
                minor = (k0...k1).filter { $0 % stride != 0 }.map { Foundation.pow(10, Double($0)) }
            }
            return AxisTicks(major: ks.map { Foundation.pow(10, Double($0)) },
                             labels: ks.map(TickFormat.decade), minor: minor)
        }
        var major: [Double] = [], minor: [Double] = []
        for k in (k0 - 1)...(k1 + 1) {
            for m in 1...9 {
                let v = value(m, 1, k)
                guard v >= lower * (1 - 1e-12) && v <= upper * (1 + 1e-12) else { continue }
                if m == 1 || m == 2 || m == 5 { major.append(v) } else { minor.append(v) }
            }
        }
        if major.count >= 3 {
            return AxisTicks(major: major, labels: TickFormat.mixed(major), minor: minor)
        }
        let t = linear(lower, upper, target: 5)
        return AxisTicks(major: t.values, labels: TickFormat.labels(t), minor: [])
    }

    /// Symlog axes: zero and ±threshold·10ᵏ; linear ticks when that gives too few.
    static func symlog(_ lower: Double, _ upper: Double, threshold c: Double, target: Int) -> AxisTicks {
        var ks: [Int] = []
        var k = 0
        while c * Foundation.pow(10, Double(k)) <= Swift.max(Swift.abs(lower), Swift.abs(upper)) && k < 600 {
            ks.append(k)
            k += 1
        }
        let strides: [Int] = [1, 2, 3, 4, 5, 10, 20, 50, 100]
        let stride = strides.first { (s: Int) -> Bool in (ks.count / s + 1) * 2 + 1 <= 9 } ?? 100
        var values: [Double] = lower <= 0 && upper >= 0 ? [0] : []
        for k in ks where k % stride == 0 {
            let v = c * Foundation.pow(10, Double(k))
            if v <= upper { values.append(v) }
            if -v >= lower { values.append(-v) }
        }
        values.sort()
        if values.count < 3 {
            let t = linear(lower, upper, target: target)
            return AxisTicks(major: t.values, labels: TickFormat.labels(t), minor: [])
        }
        return AxisTicks(major: values, labels: TickFormat.mixed(values), minor: [])
    }
}
