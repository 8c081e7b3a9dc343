import Foundation

/// The noisy quadratic model (NQM) of Zhang et al. (2019), "Which algorithmic choices matter
/// at which batch sizes?": a diagonal quadratic loss `L(θ) = ½ Σᵢ hᵢ θᵢ²` whose mini-batch
/// gradient is exact plus independent Gaussian noise,
///
///     g̃ᵢ = hᵢ θᵢ + εᵢ,   εᵢ ~ N(0, cᵢ / B),
///
/// with `cᵢ` the per-example gradient-noise variance along coordinate `i` (the model takes
/// `c = h`, the noise covariance equal to the Hessian) and `B` the batch size.
///
/// Because the dynamics are linear and the noise is additive, the first and second moments
/// of the iterates of SGD, heavy-ball momentum and diagonally preconditioned SGD obey exact
/// linear recurrences, so expected loss curves, stationary losses and steps-to-target are
/// computed exactly and cheaply, without sampling:
///
///     let nqm = NoisyQuadratic.powerLaw(dimension: 1000)          // hᵢ = 1/i, cᵢ = hᵢ
///     let sgd = NQMOptimizer(learningRate: 0.5)
///     let floor = nqm.stationaryLoss(sgd, batchSize: 4)           // closed form
///     let curve = nqm.expectedLossCurve(sgd, batchSize: 4, from: nqm.ones, steps: 1000)
///     let t = nqm.stepsToTarget(0.01 * nqm.loss(nqm.ones), sgd, batchSize: 64, from: nqm.ones)
///
/// See `NQMMoments` for the recurrence itself (stepped one update at a time, e.g. with a
/// learning rate that changes every step), `NoisyQuadratic+StepsToTarget.swift` for the
/// closed-form search, and `simulate` for a Monte Carlo check of all of it.
public struct NoisyQuadratic: Sendable {
    /// The curvatures `hᵢ > 0` (the Hessian's diagonal).
    public let curvatures: [Double]
    /// The per-example gradient-noise variances `cᵢ ≥ 0`; a batch of `B` has variance `cᵢ / B`.
    public let noiseVariances: [Double]

    /// The NQM with the given curvatures and noise variances (`nil`: `c = h`, as in Zhang et al.).
    ///
    /// Preconditions: at least one coordinate, every `hᵢ > 0` and finite, every `cᵢ ≥ 0`, and
    /// as many variances as curvatures.
    public init(curvatures: [Double], noiseVariances: [Double]? = nil) {
        let c = noiseVariances ?? curvatures
        precondition(!curvatures.isEmpty, "NoisyQuadratic needs at least one coordinate")
        precondition(c.count == curvatures.count,
                     "NoisyQuadratic: \(curvatures.count) curvatures but \(c.count) noise variances")
        precondition(curvatures.allSatisfy { $0 > 0 && $0.isFinite }, "NoisyQuadratic: curvatures must be positive and finite")
        precondition(c.allSatisfy { $0 >= 0 && $0.isFinite }, "NoisyQuadratic: noise variances must be non-negative and finite")
        self.curvatures = curvatures
        self.noiseVariances = c
    }

    /// The NQM with power-law spectrum `hᵢ = i^(−exponent)`, `i = 1…dimension`, and `c = h`:
    /// the model Zhang et al. fit to neural-network Hessians (exponent 1).
    public static func powerLaw(dimension: Int, exponent: Double = 1) -> NoisyQuadratic {
        precondition(dimension > 0, "NoisyQuadratic.powerLaw needs dimension > 0, got \(dimension)")
        return NoisyQuadratic(curvatures: (1...dimension).map { Foundation.pow(Double($0), -exponent) })
    }

    /// The number of coordinates.
    public var dimension: Int { curvatures.count }

    /// The all-ones starting point, `θ₀ = 1` in every coordinate.
    public var ones: [Double] { Array(repeating: 1, count: dimension) }

    /// `L(θ) = ½ Σᵢ hᵢ θᵢ²`.
    public func loss(_ theta: [Double]) -> Double {
        precondition(theta.count == dimension, "NoisyQuadratic.loss: θ has \(theta.count) entries, expected \(dimension)")
        var total = 0.0
        for i in 0..<dimension { total += 0.5 * curvatures[i] * theta[i] * theta[i] }
        return total
    }

    /// `tr(Σ) / ‖∇L(θ)‖²` with `Σ = diag(c)`: the "simple" gradient noise scale of McCandlish
    /// et al. (2018), the batch size at which the mini-batch noise is as large as the gradient.
    public func gradientNoiseScale(at theta: [Double]) -> Double {
        precondition(theta.count == dimension, "NoisyQuadratic.gradientNoiseScale: wrong length of θ")
        var gradSquared = 0.0
        for i in 0..<dimension { gradSquared += curvatures[i] * curvatures[i] * theta[i] * theta[i] }
        return noiseVariances.reduce(0, +) / gradSquared
    }
}

/// The optimizers the NQM analyses exactly: heavy-ball momentum with a fixed diagonal
/// preconditioner,
///
///     θₜ₊₁ = θₜ − α P g̃ₜ + β (θₜ − θₜ₋₁),
///
/// which is plain SGD for `β = 0, P = I`. The effective step along coordinate `i` is `α pᵢ`.
public struct NQMOptimizer: Sendable {
    /// The learning rate `α`.
    public var learningRate: Double
    /// The heavy-ball momentum `β` (0 for SGD).
    public var momentum: Double
    /// The diagonal of `P`; `nil` is the identity.
    public var preconditioner: [Double]?

    public init(learningRate: Double, momentum: Double = 0, preconditioner: [Double]? = nil) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.preconditioner = preconditioner
    }

    /// The same optimizer with another learning rate (for learning-rate sweeps).
    public func with(learningRate: Double) -> NQMOptimizer {
        NQMOptimizer(learningRate: learningRate, momentum: momentum, preconditioner: preconditioner)
    }

    /// The effective step `α pᵢ` along each coordinate of a problem of `dimension` coordinates.
    func steps(dimension: Int) -> [Double] {
        guard let p = preconditioner else { return Array(repeating: learningRate, count: dimension) }
        precondition(p.count == dimension, "NQMOptimizer: preconditioner has \(p.count) entries, problem has \(dimension)")
        return p.map { learningRate * $0 }
    }
}

extension NoisyQuadratic {
    /// The preconditioner `P = H^(−power)` (Zhang et al. use powers between 0 and 1; Adam's
    /// diagonal on this model is close to `power = ½`).
    public func preconditioner(power: Double) -> [Double] {
        curvatures.map { Foundation.pow($0, -power) }
    }

    /// Whether the optimizer's expected iterates converge: `0 < α pᵢ hᵢ < 2(1 + β)` for every
    /// coordinate and `|β| < 1` (the roots of `z² − (1 + β − α pᵢ hᵢ) z + β` lie in the unit disk).
    public func isStable(_ optimizer: NQMOptimizer) -> Bool {
        let beta = optimizer.momentum
        guard abs(beta) < 1 else { return false }
        let a = optimizer.steps(dimension: dimension)
        return zip(a, curvatures).allSatisfy { $0 * $1 > 0 && $0 * $1 < 2 * (1 + beta) }
    }

    /// The per-coordinate stationary losses `½ hᵢ E[θᵢ²]` as `t → ∞`, in closed form:
    ///
    ///     ½ hᵢ E[θᵢ²]∞ = aᵢ cᵢ (1 + β) / (2B (1 − β) (2(1 + β) − aᵢ hᵢ)),   aᵢ = α pᵢ,
    ///
    /// which for SGD is `a h c / (2B h (2 − a h))` (= `a h / (2B (2 − a h))` when `c = h`).
    /// Infinite when the optimizer is unstable.
    public func stationaryLosses(_ optimizer: NQMOptimizer, batchSize: Int) -> [Double] {
        precondition(batchSize > 0, "NoisyQuadratic: batch size must be positive, got \(batchSize)")
        guard isStable(optimizer) else { return Array(repeating: .infinity, count: dimension) }
        let beta = optimizer.momentum, b = Double(batchSize)
        let a = optimizer.steps(dimension: dimension)
        return (0..<dimension).map { i in
            a[i] * noiseVariances[i] * (1 + beta) / (2 * b * (1 - beta) * (2 * (1 + beta) - a[i] * curvatures[i]))
        }
    }

    /// The stationary expected loss `Σᵢ ½ hᵢ E[θᵢ²]∞` (see `stationaryLosses`): the noise floor
    /// that constant-learning-rate training settles on. Infinite when unstable.
    public func stationaryLoss(_ optimizer: NQMOptimizer, batchSize: Int) -> Double {
        stationaryLosses(optimizer, batchSize: batchSize).reduce(0, +)
    }

    /// The exact expected loss `E[L(θₜ)]` for `t = 0…steps` from the deterministic start `θ₀`
    /// (with `θ₋₁ = θ₀`), by stepping the moment recurrence of `NQMMoments`.
    public func expectedLossCurve(_ optimizer: NQMOptimizer, batchSize: Int, from theta0: [Double],
                                  steps: Int) -> [Double] {
        precondition(steps >= 0, "NoisyQuadratic.expectedLossCurve: steps must be ≥ 0, got \(steps)")
        var moments = NQMMoments(problem: self, start: theta0)
        var curve = [moments.expectedLoss]
        curve.reserveCapacity(steps + 1)
        for _ in 0..<steps {
            moments.step(optimizer, batchSize: batchSize)
            curve.append(moments.expectedLoss)
        }
        return curve
    }
}

/// The exact second moments of the NQM iterates, one coordinate at a time, stepped one
/// update at a time (so the learning rate may change every step, e.g. for a schedule).
///
/// With `aᵢ = α pᵢ`, `rᵢ = 1 + β − aᵢ hᵢ` and `qᵢ = aᵢ² cᵢ / B`, one heavy-ball update maps
/// `(uᵢ, vᵢ, wᵢ) = (E[θₜ²], E[θₜ θₜ₋₁], E[θₜ₋₁²])` to
///
///     u′ = r² u − 2rβ v + β² w + q,   v′ = r u − β v,   w′ = u,
///
/// because the new noise is independent of the past. For SGD (`β = 0`) this is the familiar
/// `u′ = (1 − a h)² u + a² c / B`.
public struct NQMMoments: Sendable {
    /// The problem the moments belong to.
    public let problem: NoisyQuadratic
    /// `E[θₜ]` per coordinate.
    public private(set) var mean: [Double]
    /// `E[θₜ₋₁]` per coordinate.
    public private(set) var previousMean: [Double]
    /// `E[θₜ²]` per coordinate.
    public private(set) var secondMoment: [Double]
    /// `E[θₜ θₜ₋₁]` per coordinate.
    public private(set) var crossMoment: [Double]
    /// `E[θₜ₋₁²]` per coordinate.
    public private(set) var previousSecondMoment: [Double]
    /// The number of updates taken.
    public private(set) var step: Int = 0

    /// The moments of the deterministic start `θ₀` (and `θ₋₁ = θ₀`, no initial velocity).
    public init(problem: NoisyQuadratic, start theta0: [Double]) {
        precondition(theta0.count == problem.dimension,
                     "NQMMoments: start has \(theta0.count) entries, problem has \(problem.dimension)")
        self.problem = problem
        mean = theta0
        previousMean = theta0
        secondMoment = theta0.map { $0 * $0 }
        crossMoment = secondMoment
        previousSecondMoment = secondMoment
    }

    /// `E[L(θₜ)] = ½ Σᵢ hᵢ E[θᵢ²]`.
    public var expectedLoss: Double {
        var total = 0.0
        for i in 0..<problem.dimension { total += 0.5 * problem.curvatures[i] * secondMoment[i] }
        return total
    }

    /// Takes one update of `optimizer` with batch size `batchSize`.
    public mutating func step(_ optimizer: NQMOptimizer, batchSize: Int) {
        precondition(batchSize > 0, "NQMMoments.step: batch size must be positive, got \(batchSize)")
        let a = optimizer.steps(dimension: problem.dimension)
        let beta = optimizer.momentum, b = Double(batchSize)
        for i in 0..<problem.dimension {
            let r = 1 + beta - a[i] * problem.curvatures[i]
            let q = a[i] * a[i] * problem.noiseVariances[i] / b
            let u = secondMoment[i], v = crossMoment[i], w = previousSecondMoment[i]
            secondMoment[i] = r * r * u - 2 * r * beta * v + beta * beta * w + q
            crossMoment[i] = r * u - beta * v
            previousSecondMoment[i] = u
            let m = mean[i]
            mean[i] = r * m - beta * previousMean[i]
            previousMean[i] = m
        }
        step += 1
    }
}
