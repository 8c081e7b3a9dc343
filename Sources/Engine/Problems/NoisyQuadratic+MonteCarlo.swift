import Foundation

extension NoisyQuadratic {
    /// Runs `chains` independent noisy runs of `optimizer` from `θ₀` (with `θ₋₁ = θ₀`) for
    /// `steps` updates, drawing the gradient noise `εᵢ ~ N(0, cᵢ / B)` from `rng`, and returns
    /// the loss `L(θₜ)` averaged over the chains for `t = 0…steps`.
    ///
    /// This is the Monte Carlo counterpart of `expectedLossCurve`, which computes the same
    /// expectation exactly; the two agree up to sampling error of order
    /// `std(L) / √chains`.
    public func simulate(_ optimizer: NQMOptimizer, batchSize: Int, from theta0: [Double], steps: Int,
                         chains: Int, rng: inout RNG) -> [Double] {
        precondition(batchSize > 0 && steps >= 0 && chains > 0,
                     "NoisyQuadratic.simulate: needs batchSize > 0, steps ≥ 0, chains > 0")
        precondition(theta0.count == dimension, "NoisyQuadratic.simulate: start has \(theta0.count) entries")
        let a = optimizer.steps(dimension: dimension), beta = optimizer.momentum
        let noiseScale = noiseVariances.map { ($0 / Double(batchSize)).squareRoot() }
        var meanLoss = [Double](repeating: 0, count: steps + 1)
        var theta = theta0, previous = theta0
        for _ in 0..<chains {
            for i in 0..<dimension { theta[i] = theta0[i]; previous[i] = theta0[i] }
            meanLoss[0] += loss(theta)
            for t in stride(from: 1, through: steps, by: 1) {
                var total = 0.0
                for i in 0..<dimension {
                    let g = curvatures[i] * theta[i] + noiseScale[i] * rng.normal()
                    let next = theta[i] - a[i] * g + beta * (theta[i] - previous[i])
                    previous[i] = theta[i]
                    theta[i] = next
                    total += 0.5 * curvatures[i] * next * next
                }
                meanLoss[t] += total
            }
        }
        return meanLoss.map { $0 / Double(chains) }
    }
}
