// Rendering benchmark for Plot: a 100 000-point line must render in under
// 50 ms into under 200 KB of SVG. Run with `swift run -c release plot-bench`.
import Foundation
import Plot

/// Median wall time of `runs` calls, in milliseconds.
func measure(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[times.count / 2]
}

let n = 100_000
var state: UInt64 = 1
func noise() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Double(state >> 11) / Double(1 << 53) - 0.5
}
let steps = (1...n).map(Double.init)
let cases: [(String, Figure)] = [
    ("smooth sine, linear axes", Figure { Line(steps, steps.map { sin($0 / 5000) }) }),
    ("noisy loss, log-log axes", Figure(x: .log("step"), y: .log("loss")) {
        Line(steps, steps.map { (1 / $0.squareRoot() + 0.01) * exp(0.3 * noise()) })
    }),
    ("SGD iterates (2-D, noisy spiral)", Figure(aspect: .equal) {
        let path = (0..<n).map { i -> (Double, Double) in
            let t = Double(i) / Double(n), r = exp(-4 * t)
            return (r * cos(40 * t) + 0.002 * noise(), r * sin(40 * t) + 0.002 * noise())
        }
        Trajectory(path.map(\.0), path.map(\.1), arrows: false, points: false)
    }),
]
// A 100 000-step random walk in 2-D is ~1 px per step in a dense tangle: no
// line simplification can drop much of it. Reported, not part of the budget.
let walk: Figure = {
    var x = 0.0, y = 0.0
    let pts = (0..<n).map { _ -> (Double, Double) in x += noise(); y += noise(); return (x, y) }
    return Figure { Line(pts.map(\.0), pts.map(\.1)) }
}()
print("Plot benchmark: \(n)-point lines, median of 9 renders")
var ok = true
for (name, fig) in cases {
    var svg = ""
    let ms = try measure(runs: 9) { svg = try fig.svg() }
    let kb = Double(svg.utf8.count) / 1024
    let pass = ms < 50 && kb < 200
    ok = ok && pass
    print(String(format: "  %-30@ %7.1f ms  %7.1f KB  %@", name as NSString, ms, kb, pass ? "ok" : "OVER BUDGET"))
}
var walkSVG = ""
let walkMS = try measure(runs: 5) { walkSVG = try walk.svg() }
print(String(format: "  %-30@ %7.1f ms  %7.1f KB  (stress case, informational)", "random walk (tangle)" as NSString,
             walkMS, Double(walkSVG.utf8.count) / 1024))
exit(ok ? 0 : 1)
