import Foundation
import Plot

/// A small deterministic generator (SplitMix64) so fixtures are identical on every run.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}

/// Figures a chapter on training dynamics would draw, one per mark and scale.
/// Used by the XML, determinism and golden tests and written out as a gallery.
enum Gallery {
    /// Gradient descent on f(x, y) = ½(x² + κy²) from (x0, y0).
    static func gd(eta: Double, kappa: Double, steps: Int, momentum: Double = 0,
                   start: (Double, Double) = (-1.8, 0.9)) -> ([Double], [Double]) {
        var (x, y) = start
        var (vx, vy) = (0.0, 0.0)
        var xs = [x], ys = [y]
        for _ in 0..<steps {
            vx = momentum * vx - eta * x
            vy = momentum * vy - eta * kappa * y
            x += vx
            y += vy
            xs.append(x)
            ys.append(y)
        }
        return (xs, ys)
    }

    static func figures() -> [(name: String, caption: String, figure: Figure)] {
        var rng = SplitMix(state: 42)
        let steps = Array(1...2000)
        func noisyLoss(_ rate: Double, _ floor: Double, _ noise: Double) -> [Double] {
            steps.map { t in (1 / pow(Double(t), rate) + floor) * exp(noise * rng.normal()) }
        }
        let sgd = noisyLoss(0.6, 0.002, 0.15), adam = noisyLoss(0.9, 0.0005, 0.1), lbfgs = noisyLoss(1.3, 0.0001, 0.02)

        var out: [(String, String, Figure)] = []

        out.append(("loglog", "Log–log loss curves with a power-law guide.",
            Figure(alt: "Adam's loss falls fastest.", x: .log("step t"), y: .log("training loss ℓ(θ_t)")) {
                Line(steps, sgd, label: "SGD, \\eta = 0.1")
                Line(steps, adam, label: "Adam")
                Line(steps, lbfgs, label: "L-BFGS")
                RefLine(exponent: -1, coefficient: 2, label: "∝ t^{-1}")
            }))

        let (g1x, g1y) = gd(eta: 0.18, kappa: 10, steps: 25)
        let (g2x, g2y) = gd(eta: 0.05, kappa: 10, steps: 25, momentum: 0.8)
        out.append(("contour-gd", "GD and heavy-ball momentum on an ill-conditioned quadratic (κ = 10), equal aspect.",
            Figure(x: .linear("θ_1"), y: .linear("θ_2"), aspect: .equal) {
                Contour(x: -2...2, y: -1.2...1.2, levels: .log(9), colormap: nil) { x, y in 0.5 * (x * x + 10 * y * y) }
                Trajectory(g1x, g1y, label: "GD, \\eta = 0.18")
                Trajectory(g2x, g2y, label: "momentum, \\beta = 0.8")
                Scatter([0], [0], label: "minimum θ^*", color: .foreground, symbol: .star, size: 9)
            }))

        let rosen: (Double, Double) -> Double = { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
        var rx = [-1.5], ry = [2.0]
        for _ in 0..<3000 {
            let x = rx.last!, y = ry.last!
            let gx = -2 * (1 - x) - 400 * x * (y - x * x), gy = 200 * (y - x * x)
            rx.append(x - 0.0005 * gx)
            ry.append(y - 0.0005 * gy)
        }
        out.append(("filled-contour", "Filled contours of the Rosenbrock function with log-spaced levels and a GD path.",
            Figure(x: .linear("x"), y: .linear("y")) {
                Contour(x: -2...2, y: -1...3, resolution: 120, levels: .log(10), filled: true, colormap: .blues, label: "f(x, y)", rosen)
                Trajectory(rx, ry, label: "GD", color: .palette(1), arrows: true, points: false)
            }))

        let etas = [0.02, 0.1, 0.19, 0.21]
        out.append(("panels", "Two panels sharing the y axis: loss under GD at four step sizes, stable and unstable.",
            Figure(shareY: true) {
                Panel(title: "gradient descent", x: .linear("step"), y: .log("loss")) {
                    for eta in etas {
                        Line(0..<60, (0..<60).map { 0.5 * pow(1 - eta * 10, 2 * Double($0)) * 10 + 1e-6 }, label: "η = \(eta)")
                    }
                    HLine(1e-3, label: "tolerance")
                }
                Panel(title: "with momentum β = 0.9", x: .linear("step"), y: .log("loss")) {
                    for eta in etas {
                        Line(0..<60, (0..<60).map { 5 * pow(0.95 - eta, Double($0)) + 1e-6 }, label: "η = \(eta)")
                    }
                }
            }))

        let n = 24
        func entry(_ i: Int, _ j: Int) -> Double {
            if i == j { return 2 + Double(i) / 4 }
            let sign: Double = i % 3 == 0 ? -1 : 1
            return sign * 0.8 * exp(-Double(abs(i - j)) / 3)
        }
        let hessian: [[Double]] = (0..<n).map { i in (0..<n).map { j in entry(i, j) } }
        out.append(("heatmap", "A Hessian as a heatmap with a diverging colour map.",
            Figure(x: .linear("parameter j"), y: .linear("parameter i", reversed: true)) {
                Heatmap(hessian, colormap: .coolwarm, label: "H_{ij}")
            }))

        out.append(("quiver", "The negative gradient field of a saddle, f = ½(x² − y²), with a GD path.",
            Figure(x: .linear("x"), y: .linear("y"), aspect: .equal) {
                Quiver(x: -2...2, y: -2...2, count: 17) { x, y in (-x, y) }
                Trajectory([1.8, 1.1, 0.7, 0.45, 0.3, 0.2, 0.13], [0.02, 0.03, 0.05, 0.08, 0.13, 0.21, 0.34], label: "GD from near the stable manifold", color: .palette(1))
            }))

        let eig = (0..<3000).map { _ -> Double in
            let a = rng.normal(), b = rng.normal()
            return 0.5 * (a * a + b * b) * (1 + 0.3 * rng.normal())
        }
        out.append(("histogram", "A histogram of Hessian eigenvalues (density).",
            Figure(x: .linear("eigenvalue λ"), y: .linear("density")) {
                Histogram(eig, density: true, label: "empirical")
                Line(x: 0...8, label: "e^{-λ}") { exp(-$0) }
                VLine(2, label: "2/\\eta")
            }))

        out.append(("bars", "Final test loss per optimiser.",
            Figure(x: .linear(), y: .linear("final loss")) {
                Bars(["SGD", "momentum", "Nesterov", "Adam", "K-FAC"], [0.42, 0.31, 0.29, 0.25, 0.21], label: "test loss")
            }))

        let batches = [8.0, 16, 32, 64, 128, 256, 512]
        let means = batches.map { 0.2 + 3 / $0 }
        out.append(("errorbars", "Steps to target vs. batch size (mean ± sd over 5 seeds).",
            Figure(x: .log("batch size B"), y: .linear("loss after 1k steps")) {
                ErrorBars(batches, means, yError: batches.map { 0.4 / $0.squareRoot() }, label: "mean ± sd")
                Line(x: 8...512, label: "0.2 + 3/B", dash: .dashed) { 0.2 + 3 / $0 }
            }))

        let t = (0..<200).map(Double.init)
        let mean = t.map { 1.5 * exp(-$0 / 40) + 0.1 }
        let sd = t.map { 0.25 * exp(-$0 / 60) + 0.03 }
        out.append(("band", "Mean loss over 10 seeds with a ±1 sd band.",
            Figure(x: .linear("epoch"), y: .linear("loss")) {
                Band(t, lower: zip(mean, sd).map { $0 - $1 }, upper: zip(mean, sd).map { $0 + $1 }, label: "±1 sd")
                Line(t, mean, label: "mean", color: .palette(0))
            }))

        let sharp = (0..<300).map { i -> Double in
            let x = Double(i)
            return x < 120 ? 2 + x / 8 : 2 / 0.1 + 0.6 * sin(x / 3) * exp(-(x - 120) / 200)
        }
        out.append(("annotations", "Sharpness rises to 2/η and hovers there: the edge of stability.",
            Figure(x: .linear("step"), y: .linear("sharpness λ_max")) {
                Line(0..<300, sharp, label: "λ_max(H)")
                HLine(20, label: "2/\\eta")
                Arrow(from: (190, 12), to: (125, 19.6), text: "progressive sharpening ends")
                Text("edge of stability", x: 200, y: 21.5, anchor: .middle, dx: 0, dy: 0)
            }))

        let spectrum = (0..<80).map { i -> Double in
            let s = i % 2 == 0 ? 1.0 : -1.0
            return s * pow(10, Double(i % 40) / 8 - 2.5) * (i < 70 ? 1 : -0.1)
        }
        out.append(("symlog", "Signed Hessian eigenvalues on a symlog axis (linear within ±0.01).",
            Figure(x: .linear("index"), y: .symlog("eigenvalue", threshold: 0.01)) {
                Scatter(0..<80, spectrum, label: "λ_i")
                HLine(0, color: .foreground)
            }))

        let lr = (0..<100).map { $0 < 30 ? 0.1 : $0 < 60 ? 0.01 : 0.001 }
        out.append(("step", "A step learning-rate schedule.",
            Figure(x: .linear("epoch"), y: .log("learning rate \\eta")) {
                Step(0..<100, lr, label: "step decay")
                Line(0..<100, (0..<100).map { 0.1 * pow(0.955, Double($0)) }, label: "exponential")
            }))

        let cloudX = (0..<150).map { _ in rng.normal() }, cloudY = cloudX.map { 0.6 * $0 + 0.5 * rng.normal() }
        let cloud2X = (0..<150).map { _ in rng.normal() + 1.5 }, cloud2Y = cloud2X.map { -0.4 * $0 + 0.5 * rng.normal() + 2 }
        out.append(("scatter", "Two classes of a synthetic dataset.",
            Figure(x: .linear("x_1"), y: .linear("x_2")) {
                Scatter(cloudX, cloudY, label: "class 0")
                Scatter(cloud2X, cloud2Y, label: "class 1")
            }))

        out.append(("robust", "Robustness: NaN gaps, an isolated point, ±Inf, and data spanning 1e-12…1e12 on a log axis.",
            Figure(columns: 2) {
                Panel(title: "NaN and Inf break lines", x: .linear("x"), y: .linear("y")) {
                    Line([0, 1, 2, 3, 4, 5, 6, 7, 8], [1, 2, .nan, 3, .nan, 2, .infinity, 1, 0.5], label: "with gaps")
                }
                Panel(title: "1e-12 … 1e12", x: .linear("i"), y: .log("value")) {
                    Line((0...24).map(Double.init), (0...24).map { pow(10, Double($0) - 12) })
                }
                Panel(title: "constant", x: .linear("x"), y: .linear("y")) {
                    Line([1, 2, 3], [5, 5, 5])
                }
                Panel(title: "empty and a single point") {
                    Line([Double](), [Double]())
                    Scatter([3], [1e-12])
                }
            }))
        return out.map { (name: $0.0, caption: $0.1, figure: $0.2) }
    }
}
