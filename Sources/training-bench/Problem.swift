import Engine
import Foundation

/// The MLP 64-256-256-10 (tanh) problem on a batch of 512, with data from a fixed seed.
struct Problem {
    var model: MLP
    let X: Tensor
    let labels: [Int]

    init() {
        var rng = RNG(seed: 0)
        model = MLP(widths: [64, 256, 256, 10], activation: .tanh, biasScale: 0, rng: &rng)
        X = rng.normal([512, 64])
        labels = (0..<512).map { _ in rng.int(below: 10) }
    }

    /// Loss and gradients with respect to the parameter list (the graph is freed on return).
    func lossAndGradients() -> (Double, [Tensor]) {
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let loss = crossEntropy(model.apply(params, X), labels: labels)
        return (loss.scalar, gradients(of: loss, withRespectTo: params).map(\.value))
    }

    /// The Hessian-vector product of the loss with respect to the parameter list along `v`.
    func hessianVectorProduct(_ v: [Tensor]) -> [Tensor] {
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let loss = crossEntropy(model.apply(params, X), labels: labels)
        let g = gradients(of: loss, withRespectTo: params, createGraph: true)
        let gv = zip(g, v).map { ($0 * $1).sum() }.reduce(Var(0.0), +)
        return gradients(of: gv, withRespectTo: params).map(\.value)
    }
}

/// Median wall time of `body` in seconds over `repeats` runs after `warmup` runs.
func medianTime(warmup: Int = 3, repeats: Int = 15, _ body: () -> Void) -> Double {
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    return times.sorted()[repeats / 2]
}

/// Peak resident set size of this process so far, in MiB (Linux reports KiB).
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
