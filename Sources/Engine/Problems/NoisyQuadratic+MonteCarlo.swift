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
        let n = dimension, startLoss = loss(theta0)
        curvatures.withUnsafeBufferPointer { h in
        a.withUnsafeBufferPointer { step in
        noiseScale.withUnsafeBufferPointer { scale in
        theta.withUnsafeMutableBufferPointer { x in
        previous.withUnsafeMutableBufferPointer { xPrevious in
        meanLoss.withUnsafeMutableBufferPointer { curve in
            for _ in 0..<chains {
                for i in 0..<n { x[i] = theta0[i]; xPrevious[i] = theta0[i] }
                curve[0] += startLoss
                for t in stride(from: 1, through: steps, by: 1) {
                    var total = 0.0
                    for i in 0..<n {
                        let g = h[i] * x[i] + scale[i] * rng.normal()
                        let next = x[i] - step[i] * g + beta * (x[i] - xPrevious[i])
                        xPrevious[i] = x[i]
                        x[i] = next
                        total += 0.5 * h[i] * next * next
                    }
                    curve[t] += total
                }
            }
        }}}}}}
        return meanLoss.map { $0 / Double(chains) }
    }
}
